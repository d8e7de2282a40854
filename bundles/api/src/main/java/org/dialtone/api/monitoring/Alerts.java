package org.dialtone.api.monitoring;

import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.inventory.SipRegistration;

/** Alerts: raised and cleared by what Dialtone sees, listed, acknowledged and cleared by admins, sent to a webhook. */
public interface Alerts {
    /** Newest first; each filter optional. */
    Page<Alert> find(Alert.State state, Alert.Kind kind, Long deviceId, PageRequest page);

    /** @throws org.dialtone.api.NotFoundException when there is no such alert; a cleared one cannot be acknowledged (409) */
    Alert acknowledge(long id, String actor);

    /** @throws org.dialtone.api.NotFoundException when there is no such alert */
    Alert clear(long id, String actor);

    /** Sends a test alert to the configured webhook now; answers what became of it, in words. */
    String testNotification(String actor);

    /** A provisioning request from this address came with wrong credentials; many in a short time raise an alert. */
    void provisioningRefused(String address);

    /** A sign-in to the admin API or console from this address failed; many in a short time raise an alert. */
    void signInRefused(String address);

    /** What a source just heard from a device changed: it came back online, its registration went from one to another. */
    void deviceHeard(long deviceId, boolean cameOnline, SipRegistration before, SipRegistration after);
}

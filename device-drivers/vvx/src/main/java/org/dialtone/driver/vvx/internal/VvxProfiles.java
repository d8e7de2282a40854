package org.dialtone.driver.vvx.internal;

import java.util.List;
import java.util.stream.Stream;
import org.dialtone.driver.spi.StandardProfile;
import org.dialtone.driver.spi.StandardProfile.Parameter;

/**
 * The VVX standard profiles. The management baseline turns on the REST API that relays use for control and sets
 * the phone's admin password to the installation's own secret, which the core substitutes for
 * {@code ${device_admin_password}} when it renders the file; no well-known password is ever sent.
 */
final class VvxProfiles {
    private VvxProfiles() {
    }

    static List<StandardProfile> all() {
        return List.of(
                new StandardProfile("VVX-Management-Baseline", "Enables the REST API for Dialtone's device control, sets the admin"
                        + " password to this installation's generated device secret and has phones post their status events to Dialtone",
                        java.util.stream.Stream.concat(Stream.of(
                        new Parameter("apps.restapi.enabled", "1"),
                        new Parameter("httpd.enabled", "1"),
                        new Parameter("httpd.cfg.enabled", "1"),
                        new Parameter("device.set", "1"),
                        new Parameter("device.auth.localAdminPassword.set", "1"),
                        new Parameter("device.auth.localAdminPassword", "${device_admin_password}"),
                        new Parameter("prov.autoConfigUpload.enabled", "1")),
                        org.dialtone.driver.ucs.UcsRestStatus.telephonyEventParameters().stream()).toList()),
                new StandardProfile("VVX-Disable-Cloud-Redirect", "Keeps phones on this server: turns off Poly ZTP redirection", List.of(
                        new Parameter("device.set", "1"),
                        new Parameter("device.prov.ztpEnabled.set", "1"),
                        new Parameter("device.prov.ztpEnabled", "0"))),
                new StandardProfile("VVX-Line1-TEMPLATE", "One SIP line: fill in the address, credentials and server", List.of(
                        new Parameter("reg.1.address", ""),
                        new Parameter("reg.1.label", ""),
                        new Parameter("reg.1.auth.userId", ""),
                        new Parameter("reg.1.auth.password", ""),
                        new Parameter("reg.1.server.1.address", ""))),
                new StandardProfile("VVX-AdminPassword-Change-TEMPLATE", "Sets the phones' admin password: fill in a password of 1 to 32"
                        + " characters other than 456", List.of(
                        new Parameter("device.set", "1"),
                        new Parameter("device.auth.localAdminPassword.set", "1"),
                        new Parameter("device.auth.localAdminPassword", ""))));
    }
}

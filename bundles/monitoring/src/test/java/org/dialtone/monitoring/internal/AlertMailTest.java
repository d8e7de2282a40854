package org.dialtone.monitoring.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.dialtone.api.monitoring.Alert;
import org.junit.Test;

public class AlertMailTest {
    @Test
    public void aMailSaysWhatTheAlertIsAndWhereToActOnIt() {
        Alert alert = new Alert(42, Alert.Kind.DEVICE_OFFLINE, 7L, "7", "The device went offline: nothing heard from it for 20 s",
                Alert.State.OPEN, Instant.parse("2026-12-02T10:00:00Z"), null, null, null, null);
        assertEquals("Device offline", AlertMail.words(alert.kind()));
        String body = AlertMail.body(alert);
        assertTrue(body, body.startsWith("The device went offline") && body.contains("Alert:   42") && body.contains("Device:  7")
                && body.contains("Alerts page"));
    }
}

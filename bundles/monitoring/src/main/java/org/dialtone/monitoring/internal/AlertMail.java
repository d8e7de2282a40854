package org.dialtone.monitoring.internal;

import java.util.Date;
import java.util.List;
import java.util.Properties;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.dialtone.api.monitoring.Alert;

/** Alerts by e-mail through the configured SMTP server (Jakarta Mail): one plain-text message per alert. */
final class AlertMail {
    private final MonitoringConfig config;

    AlertMail(MonitoringConfig config) {
        this.config = config;
    }

    /** The recipients, or empty when alerts are mailed to nobody. */
    List<String> recipients() {
        return java.util.Arrays.stream(config.alertMailTo().split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** Sends the alert; the message says what failed (no recipients set, an address that is none, the server's answer). */
    void send(Alert alert) throws MessagingException {
        List<String> to = recipients();
        if (to.isEmpty()) {
            throw new MessagingException("no recipients are set: set alertMailTo in etc/org.dialtone.monitoring.cfg");
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", config.smtpHost());
        properties.put("mail.smtp.port", Integer.toString(config.smtpPort()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(config.smtpStartTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        // Jakarta Mail finds its providers and the text/plain handler through the thread's class loader: in OSGi, its own.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(address(config.smtpFrom(), "smtpFrom"));
            for (String recipient : to) {
                message.addRecipient(Message.RecipientType.TO, address(recipient, "alertMailTo"));
            }
            message.setSubject("[Dialtone] " + words(alert.kind()) + ": " + alert.subject(), "UTF-8");
            message.setSentDate(new Date());
            message.setText(body(alert), "UTF-8");
            Transport.send(message);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static InternetAddress address(String text, String setting) throws MessagingException {
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new MessagingException(setting + " '" + text + "' is not an e-mail address: " + e.getMessage());
        }
    }

    static String words(Alert.Kind kind) {
        String text = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String body(Alert alert) {
        return alert.message() + "\n\n"
                + "Alert:   " + (alert.id() == 0 ? "(a test)" : alert.id()) + "\n"
                + "Kind:    " + alert.kind() + "\n"
                + (alert.deviceId() == null ? "" : "Device:  " + alert.deviceId() + "\n")
                + "Raised:  " + alert.raisedAt() + "\n\n"
                + "Acknowledge or clear it on the console's Alerts page, or with POST /api/v1/alerts/{id}/acknowledge.\n";
    }
}

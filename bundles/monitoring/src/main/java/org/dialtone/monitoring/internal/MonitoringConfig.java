package org.dialtone.monitoring.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.dialtone.monitoring.cfg}: how device status is gathered and when a silent device counts as offline. */
@ObjectClassDefinition(name = "Dialtone device monitoring")
public @interface MonitoringConfig {
    @AttributeDefinition(description = "Minutes between two polls of a device's status through its REST API (spread over the interval)")
    int pollIntervalMinutes() default 120;

    @AttributeDefinition(description = "Seconds without a word from a device (event, poll or provisioning) before it counts as offline;"
            + " 0: twice the poll interval and 10 minutes")
    int offlineAfterSeconds() default 0;

    @AttributeDefinition(description = "Devices this node polls at once")
    int pollConcurrency() default 16;

    @AttributeDefinition(description = "Seconds between two looks for devices due a poll")
    int pollLookSeconds() default 2;

    @AttributeDefinition(description = "Seconds between two looks for devices gone silent")
    int sweepSeconds() default 30;

    @AttributeDefinition(description = "Telephony events a device may post per minute (a burst of a fifth of it at once); more are refused with 429")
    int eventsPerMinute() default 120;

    @AttributeDefinition(description = "Telephony events one address may post per minute, all devices behind it together")
    int eventsPerAddressPerMinute() default 60000;

    @AttributeDefinition(description = "Largest telephony event accepted, in bytes")
    int eventBytes() default 16384;

    @AttributeDefinition(description = "Where each new alert is posted as JSON (http or https); empty: nowhere")
    String alertWebhook() default "";

    @AttributeDefinition(description = "Provisioning requests with wrong credentials from one address within 10 minutes that raise an alert")
    int authenticationFailures() default 20;

    @AttributeDefinition(description = "Who each new alert is mailed to (addresses separated by commas); empty: nobody")
    String alertMailTo() default "";

    @AttributeDefinition(description = "The SMTP server alerts are mailed through")
    String smtpHost() default "localhost";

    @AttributeDefinition(description = "Its port")
    int smtpPort() default 25;

    @AttributeDefinition(description = "The sender of alert mails")
    String smtpFrom() default "dialtone@localhost";

    @AttributeDefinition(description = "Whether to switch to TLS (STARTTLS) when the server offers it")
    boolean smtpStartTls() default true;

    @AttributeDefinition(description = "Seconds between two looks at software, health and certificates for alerts")
    int alertSeconds() default 60;

    @AttributeDefinition(description = "Weeks the activity log keeps (each downloadable as a CSV in a ZIP)")
    int activityWeeks() default 4;
}

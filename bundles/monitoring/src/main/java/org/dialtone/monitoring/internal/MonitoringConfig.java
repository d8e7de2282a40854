package org.dialtone.monitoring.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.dialtone.monitoring.cfg}: how device status is gathered and when a silent device counts as offline. */
@ObjectClassDefinition(name = "Dialtone device monitoring")
public @interface MonitoringConfig {
    @AttributeDefinition(description = "Minutes between two polls of a device's status through its REST API (spread over the interval)")
    int pollIntervalMinutes() default 120;

    @AttributeDefinition(description = "Minutes without a word from a device (event, poll or provisioning) before it counts as offline;"
            + " 0: twice the poll interval and 10 minutes")
    int offlineAfterMinutes() default 0;

    @AttributeDefinition(description = "Devices this node polls at once")
    int pollConcurrency() default 16;

    @AttributeDefinition(description = "Seconds between two looks for devices due a poll")
    int pollLookSeconds() default 2;

    @AttributeDefinition(description = "Seconds between two looks for devices gone silent")
    int sweepSeconds() default 30;

    @AttributeDefinition(description = "Telephony events a device may post per minute (a burst of a fifth of it at once); more are refused with 429")
    int eventsPerMinute() default 120;

    @AttributeDefinition(description = "Telephony events one address may post per minute, all devices behind it together")
    int eventsPerAddressPerMinute() default 6000;

    @AttributeDefinition(description = "Largest telephony event accepted, in bytes")
    int eventBytes() default 16384;
}

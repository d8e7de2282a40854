package org.dialtone.tasks.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.dialtone.tasks.cfg}: how scheduled tasks run and reach devices. */
@ObjectClassDefinition(name = "Dialtone scheduled tasks")
public @interface TasksConfig {
    @AttributeDefinition(description = "Devices this node acts on at once")
    int concurrency() default 32;

    @AttributeDefinition(description = "Devices of one site acted on at once, across all nodes")
    int perSite() default 8;

    @AttributeDefinition(description = "Seconds a node holds a device's sub task before another node may take it over")
    int leaseSeconds() default 120;

    @AttributeDefinition(description = "Milliseconds between two looks for due tasks and pending devices")
    long tickMillis() default 1000;

    @AttributeDefinition(description = "Times a busy device is tried before its sub task fails")
    int busyAttempts() default 6;

    @AttributeDefinition(description = "Where a device's REST API is: {address} is its IP, {mac} its MAC (a simulated fleet on one port: https://127.0.0.1:PORT/{mac})")
    String deviceApi() default "https://{address}";

    @AttributeDefinition(description = "Where a device takes SIP NOTIFY check-sync: {address} is its IP (a simulated fleet: 127.0.0.1:PORT)")
    String deviceSip() default "{address}:5060";

    @AttributeDefinition(description = "Seconds to connect to a device and for its answer")
    int deviceTimeoutSeconds() default 20;
}

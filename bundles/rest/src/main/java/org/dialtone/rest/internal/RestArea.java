package org.dialtone.rest.internal;

/**
 * Marks a JAX-RS resource component that the admin API publishes under {@code /api/v1}: a resource is a Declarative
 * Services component registered as {@code Object} with this property, and the publisher picks it up by itself.
 */
public final class RestArea {
    public static final String PROPERTY = "dialtone.rest.resource=true";
    static final String FILTER = "(dialtone.rest.resource=true)";

    private RestArea() {
    }
}

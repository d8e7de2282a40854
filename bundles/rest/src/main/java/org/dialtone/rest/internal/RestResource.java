package org.dialtone.rest.internal;

/**
 * A JAX-RS resource of the admin API. Each is a DS component; its services are optional and dynamic so the
 * resource stays published and answers 503 with the reason while a service it needs is down.
 */
public interface RestResource {
}

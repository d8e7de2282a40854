package org.dialtone.store;

/** A recorded change of deployment; {@code scope} is a container type, {@code PROFILE} or {@code ALL}. */
public record ConfigChange(long id, String scope, String key) {
}

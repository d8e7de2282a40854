package org.dialtone.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link RoleMatrix} area a REST resource (or one of its methods) belongs to. GET and HEAD read, other methods
 * write unless {@code reads} says the method changes nothing. A resource without one is the admins' alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Guarded {
    RoleMatrix.Area value();

    boolean reads() default false;
}

package org.dialtone.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST method a caller limited to some sites ({@link SiteScope}) may use: it answers such a caller only within its
 * sites. Every method without it refuses that caller. {@code device} and {@code site} name a path parameter holding
 * the id of a device or site the caller must reach (the REST layer checks them); a method keeps its lists, queries
 * and bodies to the caller's sites itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SiteScoped {
    String device() default "";

    String site() default "";
}

package org.filiere.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application service method anyone may call, signed in or not: it reads only what the association
 * publishes (the member directory, the published training calendar and events, the check of a charter certificate).
 * Every other public service method checks its caller through the {@link AccessPolicy}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicRead {
}

package org.filiere.access.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks an application service whose calls run {@linkplain org.filiere.access.Acting acting} as the
 * {@link org.filiere.access.CurrentActor} the application provides, so that the access checks of its reads see the
 * identity the application authenticated.
 */
@Documented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BindsCurrentActor {
}

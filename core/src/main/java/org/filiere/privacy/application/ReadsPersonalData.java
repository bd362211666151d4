package org.filiere.privacy.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import org.filiere.privacy.PersonalDataKind;

/**
 * Marks an application service method that returns people's names, addresses or other personal data: once such a call
 * by staff succeeds, {@link PersonalDataReadInterceptor} records it in the audit trail, in the call's transaction.
 */
@Documented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadsPersonalData {

    /** What the method returns. */
    @Nonbinding
    PersonalDataKind value();

    /**
     * The position of the parameter that names the record read (a session's id, a member's id, a person's e-mail
     * address); by default the first parameter that is not the acting {@code Actor}.
     */
    @Nonbinding
    int record() default -1;
}

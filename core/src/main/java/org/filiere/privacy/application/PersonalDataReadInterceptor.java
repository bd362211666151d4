package org.filiere.privacy.application;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.filiere.access.AccessPolicy;
import org.filiere.access.Actor;
import org.filiere.kernel.DomainEvents;
import org.filiere.privacy.PersonReference;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataRead;

/**
 * Records a staff member's successful read of personal data ({@link ReadsPersonalData}) as a
 * {@link PersonalDataRead} event, which the audit trail records in the read's own transaction. Not recorded: a read
 * that is refused or fails, a read by anyone but staff (a representative reading their own member's contacts, a
 * committee member), a read by a system job, and a read made inside another recorded read (the places a person export
 * asks are part of that export, which {@code PersonalDataExported} records).
 */
@ReadsPersonalData(PersonalDataKind.PERSON_EXPORT)
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class PersonalDataReadInterceptor {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public PersonalDataReadInterceptor(DomainEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Proceeds, then records the read if staff made it. */
    @AroundInvoke
    public Object recordRead(InvocationContext call) throws Exception {
        if (READING.get() != null) {
            return call.proceed();
        }
        Object result;
        READING.set(Boolean.TRUE);
        try {
            result = call.proceed();
        } finally {
            READING.remove();
        }
        ReadsPersonalData read = annotationOf(call.getMethod());
        Optional<Actor> actor = AccessPolicy.acting();
        if (read != null && read.value() != PersonalDataKind.PERSON_EXPORT
                && actor.filter(a -> a.isStaff() && !a.isSystem()).isPresent()) {
            events.publish(new PersonalDataRead(UUID.randomUUID(), clock.instant(), record(call, read), read.value(),
                    count(result)));
        }
        return result;
    }

    private static ReadsPersonalData annotationOf(Method method) {
        ReadsPersonalData onMethod = method.getAnnotation(ReadsPersonalData.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(ReadsPersonalData.class);
    }

    private static String record(InvocationContext call, ReadsPersonalData read) {
        Object[] arguments = call.getParameters();
        Object named = null;
        if (read.record() >= 0 && read.record() < arguments.length) {
            named = arguments[read.record()];
        } else {
            for (Object argument : arguments) {
                if (!(argument instanceof Actor)) {
                    named = argument;
                    break;
                }
            }
        }
        if (named == null) {
            return "";
        }
        String text = named.toString();
        return text.contains("@") ? PersonReference.of(text) : text;
    }

    private static Optional<Integer> count(Object result) {
        if (result instanceof Collection<?> c) {
            return Optional.of(c.size());
        }
        if (result instanceof Map<?, ?> m) {
            return Optional.of(m.size());
        }
        if (result instanceof Optional<?> o) {
            return Optional.of(o.isPresent() ? 1 : 0);
        }
        return Optional.empty();
    }
}

package org.filiere.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * What an audit entry says of an event beyond its type and record: the event's ids, numbers, dates and states, and
 * nothing typed as text, so that a name, an address or a free comment never reaches the audit trail, whatever the event.
 */
public final class AuditSummary {

    private static final Set<String> ALREADY_KEPT = Set.of("eventId", "occurredAt");

    /** The components a summary reads, per event type, found once: every event of an import goes through here. */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (!ALREADY_KEPT.contains(component.getName())) {
                        fields.add(new Field(component.getName() + "=", component.getAccessor()));
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private static final ClassValue<Boolean> IDENTIFIER = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isIdentifier(type);
        }
    };

    private AuditSummary() {
    }

    /** The summary of the event: {@code field=value} pairs, in declaration order. */
    public static String of(DomainEvent event) {
        List<Field> fields = FIELDS.get(event.getClass());
        if (fields.isEmpty()) {
            return "";
        }
        StringJoiner summary = new StringJoiner(", ");
        for (Field field : fields) {
            Object value = field.valueOf(event);
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value != null && isSafe(value)) {
                summary.add(field.prefix() + value);
            }
        }
        return summary.toString();
    }

    private static boolean isSafe(Object value) {
        return value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof TemporalAccessor || value instanceof BigDecimal || value instanceof UUID
                || IDENTIFIER.get(value.getClass());
    }

    /** A value object named {@code ...Id} whose only component is a UUID or a number. */
    private static boolean isIdentifier(Class<?> type) {
        if (!type.isRecord() || !type.getSimpleName().endsWith("Id")) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && (components[0].getType() == UUID.class
                || Number.class.isAssignableFrom(components[0].getType()) || components[0].getType().isPrimitive());
    }

    /** A record component the summary reads: its {@code name=} and its accessor. */
    private record Field(String prefix, Method accessor) {

        Object valueOf(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                return null;
            }
        }
    }
}

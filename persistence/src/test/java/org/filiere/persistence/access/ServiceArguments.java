package org.filiere.persistence.access;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.filiere.access.Actor;

/**
 * Builds arguments for calling any service method: the actor for the person calling, the ids of the records set up
 * for the check (the representative's own member, the committee member, their session, the member's proposal), and
 * for everything else a plain valid value (a record from its components, the first constant of an enum, an empty
 * list, a query's {@code all()}).
 */
final class ServiceArguments {

    private final Map<Class<?>, Supplier<?>> samples = new HashMap<>();
    private Actor actor;

    ServiceArguments() {
    }

    /** Uses this value wherever a parameter or a record component has this type. */
    <T> ServiceArguments with(Class<T> type, Supplier<? extends T> sample) {
        samples.put(type, sample);
        return this;
    }

    /** The arguments of a method called by this actor; empty if some argument cannot be built. */
    Optional<Object[]> arguments(Method method, Actor caller) {
        this.actor = caller;
        Type[] types = method.getGenericParameterTypes();
        Object[] values = new Object[types.length];
        try {
            for (int i = 0; i < types.length; i++) {
                values[i] = value(types[i], 0);
            }
            return Optional.of(values);
        } catch (CannotBuild e) {
            return Optional.empty();
        }
    }

    /** Why the arguments of a method cannot be built. */
    String whyNot(Method method) {
        try {
            for (Type type : method.getGenericParameterTypes()) {
                value(type, 0);
            }
            return "";
        } catch (CannotBuild e) {
            return e.getMessage();
        }
    }

    private Object value(Type type, int depth) {
        Class<?> raw = raw(type);
        if (depth > 6) {
            throw new CannotBuild("too deep at " + raw.getSimpleName());
        }
        if (raw == Actor.class) {
            return actor;
        }
        if (samples.containsKey(raw)) {
            return samples.get(raw).get();
        }
        if (raw == int.class || raw == Integer.class) {
            return 2026;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.0;
        }
        if (raw == String.class) {
            return "jeanne.dupont@example.org";
        }
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw == List.class || raw == Collection.class) {
            return List.of();
        }
        if (raw == Set.class) {
            return Set.of();
        }
        if (raw == Map.class) {
            return Map.of();
        }
        if (raw == SortedMap.class) {
            return new TreeMap<>();
        }
        if (raw == UUID.class) {
            return UUID.fromString("6b1f7f0e-3c56-4d0c-9d37-0a7e8d1f2c44");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 6, 15);
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.of(2026, 6, 15, 9, 0);
        }
        if (raw == LocalTime.class) {
            return LocalTime.of(9, 0);
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-06-15T07:00:00Z");
        }
        if (raw == Duration.class) {
            return Duration.ofDays(7);
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (raw == Locale.class) {
            return Locale.FRENCH;
        }
        if (raw == ZoneId.class) {
            return ZoneId.of("Europe/Paris");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isRecord()) {
            return record(raw, depth);
        }
        for (Method factory : raw.getMethods()) {
            if (Modifier.isStatic(factory.getModifiers()) && factory.getParameterCount() == 0
                    && factory.getReturnType() == raw) {
                try {
                    return factory.invoke(null);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // try the next way
                }
            }
        }
        Optional<Constructor<?>> constructor = Arrays.stream(raw.getConstructors())
                .min(Comparator.comparingInt(Constructor::getParameterCount));
        if (constructor.isPresent() && !raw.isInterface() && !Modifier.isAbstract(raw.getModifiers())) {
            return construct(constructor.get(), constructor.get().getGenericParameterTypes(), depth);
        }
        throw new CannotBuild("no way to build a " + raw.getSimpleName());
    }

    private Object record(Class<?> raw, int depth) {
        RecordComponent[] components = raw.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(types);
            return construct(canonical, Arrays.stream(components).map(RecordComponent::getGenericType)
                    .toArray(Type[]::new), depth);
        } catch (NoSuchMethodException e) {
            throw new CannotBuild("no canonical constructor for " + raw.getSimpleName());
        }
    }

    private Object construct(Constructor<?> constructor, Type[] types, int depth) {
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = value(types[i], depth + 1);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CannotBuild("a " + constructor.getDeclaringClass().getSimpleName() + " refuses plain values ("
                    + cause.getMessage() + ")");
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new CannotBuild("no way to build a " + type);
    }

    /** An argument the factory cannot build. */
    static final class CannotBuild extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CannotBuild(String message) {
            super(message);
        }
    }
}

package org.filiere.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Singleton;

/**
 * The table of who may call each public method of each application service ({@code access-table.csv} in the test
 * resources): one row per method, {@code Class#method(ParamTypes)}, then one column per {@link Who} holding
 * {@code allow}, {@code refuse} or {@code public}.
 *
 * <p>An application service is a class of a {@code org.filiere.*.application} package that is a CDI bean (it has a
 * scope annotation) and declares public instance methods; records, commands and views in those packages are not
 * beans and are left out, and so are static (producer) methods.
 */
public final class AccessTable {

    /** The resource the table is read from. */
    public static final String RESOURCE = "/access-table.csv";

    /** The people the table has a column for, in its order. */
    public enum Who {
        ANONYMOUS, STAFF, DIRECTOR, OWN_REPRESENTATIVE, OTHER_REPRESENTATIVE, COMMITTEE_MEMBER
    }

    /** What a cell says. */
    public enum Access {
        ALLOW, REFUSE, PUBLIC
    }

    private final Map<String, Map<Who, Access>> rows;

    private AccessTable(Map<String, Map<Who, Access>> rows) {
        this.rows = rows;
    }

    /** Reads the table from the test resources. */
    public static AccessTable read() {
        try (InputStream in = AccessTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Map<Who, Access>> rows = new LinkedHashMap<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method;")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != Who.values().length + 1) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected "
                            + (Who.values().length + 1) + " cells, found " + cells.length);
                }
                Map<Who, Access> row = new EnumMap<>(Who.class);
                for (Who who : Who.values()) {
                    row.put(who, Access.valueOf(cells[who.ordinal() + 1].strip().toUpperCase()));
                }
                if (rows.put(cells[0].strip(), row) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + cells[0] + " twice");
                }
            }
            return new AccessTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows, by method key. */
    public Map<String, Map<Who, Access>> rows() {
        return rows;
    }

    /** Whether a class is an application service. */
    public static boolean isApplicationService(Class<?> type) {
        return type.getPackageName().startsWith("org.filiere.") && type.getPackageName().endsWith(".application")
                && Modifier.isPublic(type.getModifiers()) && !type.isRecord() && !type.isInterface()
                && (type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(Dependent.class)
                        || type.isAnnotationPresent(RequestScoped.class) || type.isAnnotationPresent(Singleton.class))
                && !serviceMethods(type).isEmpty();
    }

    /** The public instance methods a service class declares, in a stable order. */
    public static List<Method> serviceMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(AccessTable::key)).toList();
    }

    /** The key of a method in the table: {@code Class#method(ParamType,...)}, with simple names. */
    public static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                + ")";
    }

    /** The keys of every public method of these service classes. */
    public static List<String> keysOf(Collection<Class<?>> services) {
        return services.stream().flatMap(s -> serviceMethods(s).stream()).map(AccessTable::key).sorted().toList();
    }
}

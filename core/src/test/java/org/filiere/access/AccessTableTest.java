package org.filiere.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.filiere.access.AccessTable.Access;
import org.filiere.access.AccessTable.Who;
import org.filiere.access.application.BindsCurrentActor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The access table covers every public method of every application service and nothing else, and agrees with what
 * the code declares: public reads are marked {@link PublicRead}, everything else refuses someone not signed in. What
 * each person may call is checked by calling the services on a database, in the persistence module.
 */
class AccessTableTest {

    private static List<Class<?>> services;
    private static AccessTable table;

    @BeforeAll
    static void readServicesAndTable() {
        services = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.filiere")) {
            if (!c.isNestedClass() && AccessTable.isApplicationService(c.reflect())) {
                services.add(c.reflect());
            }
        }
        table = AccessTable.read();
    }

    @Test
    void shouldFindTheApplicationServices() {
        assertThat(services).hasSizeGreaterThan(40).extracting(Class::getSimpleName)
                .contains("MemberDirectory", "TrainingCalendar", "CommitteeService", "ReportService");
    }

    @Test
    void shouldHaveARowForEveryPublicServiceMethod() {
        Set<String> missing = new TreeSet<>(AccessTable.keysOf(services));
        missing.removeAll(table.rows().keySet());
        assertThat(missing).as("service methods with no row in %s: add one saying who may call them",
                AccessTable.RESOURCE).isEmpty();
    }

    @Test
    void shouldNameOnlyMethodsThatExist() {
        Set<String> unknown = new TreeSet<>(table.rows().keySet());
        AccessTable.keysOf(services).forEach(unknown::remove);
        assertThat(unknown).as("rows of %s naming no public service method", AccessTable.RESOURCE).isEmpty();
    }

    @Test
    void shouldMarkExactlyThePublicRowsAsPublicReads() {
        for (Class<?> service : services) {
            for (Method method : AccessTable.serviceMethods(service)) {
                Map<Who, Access> row = table.rows().get(AccessTable.key(method));
                if (row == null) {
                    continue;
                }
                boolean publicRow = row.values().stream().allMatch(Access.PUBLIC::equals);
                assertThat(row.values().stream().anyMatch(Access.PUBLIC::equals)).as(AccessTable.key(method)
                        + ": a row is public in every column or in none").isEqualTo(publicRow);
                assertThat(method.isAnnotationPresent(PublicRead.class)).as(AccessTable.key(method)
                        + ": @PublicRead on the method and a public row go together").isEqualTo(publicRow);
                if (!publicRow) {
                    assertThat(row.get(Who.ANONYMOUS)).as(AccessTable.key(method)
                            + ": only public reads are open to someone not signed in").isEqualTo(Access.REFUSE);
                }
            }
        }
    }

    @Test
    void shouldBindTheCurrentActorOnEveryService() {
        assertThat(services).allSatisfy(s -> assertThat(s.isAnnotationPresent(BindsCurrentActor.class))
                .as(s.getSimpleName() + " is marked @BindsCurrentActor").isTrue());
    }
}

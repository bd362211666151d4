package org.filiere.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.filiere.access.Actor;
import org.filiere.audit.application.AuditRecorder;
import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;
import org.filiere.member.MemberResigned;
import org.filiere.member.Siren;
import org.junit.jupiter.api.Test;

/** What the audit trail keeps of an event: ids, numbers, dates and states, never text. */
class AuditSummaryTest {

    @Test
    void shouldKeepIdsNumbersAndDatesAndLeaveTextOut() {
        MemberResigned resigned = new MemberResigned(UUID.randomUUID(), Instant.parse("2025-05-02T08:00:00Z"),
                new MemberId(Siren.parse("302068382")), 2025, "Départ de Mme Delacroix, gérante");

        AuditEntry entry = AuditRecorder.entryOf(resigned, Optional.of(Actor.staff("julien-morel", "Julien Morel")));

        assertThat(entry.summary()).contains("year=2025").doesNotContain("Delacroix").doesNotContain("reason");
        assertThat(entry.eventType()).isEqualTo("MemberResigned");
        assertThat(entry.aggregateId()).isEqualTo(resigned.aggregateId());
        assertThat(entry.actor()).hasValue(Actor.staff("julien-morel", "Julien Morel").id());
        assertThat(entry.roles()).isEqualTo("STAFF");
        assertThat(entry.id()).isEqualTo(resigned.eventId());
    }

    @Test
    void shouldFindEveryEventTypeOfTheLibraryARecordTheSummaryCanRead() {
        List<JavaClass> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.filiere").stream()
                .filter(c -> c.isAssignableTo(DomainEvent.class) && !c.isInterface()).toList();

        assertThat(events).as("domain event types").hasSizeGreaterThan(60);
        assertThat(events).allSatisfy(c -> assertThat(c.reflect().isRecord()).as(c.getName()).isTrue());
        assertThat(events.stream().map(JavaClass::getSimpleName)).doesNotHaveDuplicates()
                .as("event types are named once, so that the trail's event_type is unambiguous")
                .containsAll(Set.of("MemberAdmitted", "PersonalDataErased", "PersonalDataExported"));
    }
}

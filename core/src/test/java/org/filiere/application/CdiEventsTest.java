package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.filiere.charter.CharterSigned;
import org.filiere.charter.CharterVersionPublished;
import org.filiere.charter.application.CharterService;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryCharters;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemorySignatures;
import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberAdmitted;
import org.filiere.member.MemberApplied;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipService;
import org.filiere.wiring.CdiDomainEvents;
import org.filiere.wiring.CoreProducers;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldJunit5Extension;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.smallrye.config.inject.ConfigExtension;

/** The services wired by CDI publish their domain events as CDI events that any bean can observe. */
@ExtendWith(WeldJunit5Extension.class)
class CdiEventsTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
            .addExtension(new ConfigExtension())
            .addBeanClasses(MembershipService.class, CharterService.class, CoreProducers.class, CdiDomainEvents.class,
                    InMemoryMembers.class, InMemoryCharters.class, InMemorySignatures.class, Observer.class))
            .build();

    @Inject
    MembershipService memberships;

    @Inject
    CharterService charter;

    @Inject
    Observer observer;

    @Test
    void shouldPublishDomainEventsAsCdiEvents() {
        int year = LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear();
        MemberId id = memberships.apply(Fixtures.anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", year));
        memberships.admit(new AdmitMember(Fixtures.aStaffMember(), id, year));
        memberships.recordDuesPayment(new RecordDuesPayment(Fixtures.aStaffMember(), id, year, LocalDate.of(year, 1, 2)));
        charter.publish(Fixtures.theDirector(), "Charte", "Texte", LocalDate.of(year, 1, 1));
        charter.sign(Fixtures.aStaffMember(), id, "Anne Roux", "CEO");

        assertThat(observer.admitted).singleElement().satisfies(e -> assertThat(e.memberId()).isEqualTo(id));
        assertThat(observer.signed).singleElement().satisfies(e -> assertThat(e.signatory()).isEqualTo("Anne Roux"));
        assertThat(observer.all).extracting(e -> e.getClass().getSimpleName()).containsExactly("MemberApplied",
                "MemberAdmitted", "DuesPaid", "CharterVersionPublished", "CharterSigned");
        assertThat(observer.all).allSatisfy(e -> assertThat(e.eventId()).isNotNull());
        assertThat(observer.all.get(0)).isInstanceOf(MemberApplied.class);
        assertThat(observer.all.get(3)).isInstanceOfSatisfying(CharterVersionPublished.class,
                e -> assertThat(e.charterVersion()).isEqualTo(1));
    }

    @Singleton
    static class Observer {
        final List<DomainEvent> all = new CopyOnWriteArrayList<>();
        final List<MemberAdmitted> admitted = new CopyOnWriteArrayList<>();
        final List<CharterSigned> signed = new CopyOnWriteArrayList<>();

        void any(@Observes DomainEvent e) {
            all.add(e);
        }

        void admitted(@Observes MemberAdmitted e) {
            admitted.add(e);
        }

        void signed(@Observes CharterSigned e) {
            signed.add(e);
        }
    }
}

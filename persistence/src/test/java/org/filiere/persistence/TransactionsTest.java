package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.fixtures.Fixtures;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.Members;
import org.filiere.member.application.MembershipService;
import org.junit.jupiter.api.Test;

/** The SE transactions behind {@link Transactional}: commit, rollback, joining and separate units of work. */
class TransactionsTest {

    /** A service that applies two companies in one transaction and then fails, or not. */
    @ApplicationScoped
    @Transactional
    public static class TwoApplications {

        @Inject
        MembershipService memberships;

        public void applyBothThenFail(boolean fail) {
            memberships.apply(anApplication(Fixtures.SIRETS[0], "First", 2025));
            memberships.apply(anApplication(Fixtures.SIRETS[1], "Second", 2025));
            if (fail) {
                throw new IllegalStateException("the second step failed");
            }
        }

        public void applyThenFailChecked() throws IOException {
            memberships.apply(anApplication(Fixtures.SIRETS[2], "Third", 2025));
            throw new IOException("checked failures do not roll back");
        }

        @Transactional(rollbackOn = IOException.class)
        public void applyThenFailCheckedRollingBack() throws IOException {
            memberships.apply(anApplication(Fixtures.SIRETS[3], "Fourth", 2025));
            throw new IOException("this one rolls back");
        }
    }

    @Test
    void shouldRollBackEverythingTheCallDidWhenItFails() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), TwoApplications.class)) {
            TwoApplications service = filiere.get(TwoApplications.class);
            Members members = filiere.get(Members.class);
            Transactions transactions = filiere.get(Transactions.class);

            assertThatThrownBy(() -> service.applyBothThenFail(true)).hasMessage("the second step failed");
            assertThat(transactions.required(() -> members.find(MemberQuery.all()))).isEmpty();

            service.applyBothThenFail(false);
            assertThat(transactions.required(() -> members.find(MemberQuery.all()))).hasSize(2);
        }
    }

    @Test
    void shouldFollowTheRollbackRulesOfTransactional() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), TwoApplications.class)) {
            TwoApplications service = filiere.get(TwoApplications.class);
            Members members = filiere.get(Members.class);
            Transactions transactions = filiere.get(Transactions.class);

            assertThatThrownBy(service::applyThenFailChecked).isInstanceOf(IOException.class);
            assertThatThrownBy(service::applyThenFailCheckedRollingBack).isInstanceOf(IOException.class);
            assertThat(transactions.required(() -> members.find(MemberQuery.all())))
                    .extracting(m -> m.name()).containsExactly("Third");
        }
    }

    @Test
    void shouldRunAfterCommitActionsOnlyOnCommitAndKeepNewUnitsApart() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby())) {
            Transactions transactions = filiere.get(Transactions.class);
            MembershipService memberships = filiere.get(MembershipService.class);
            Members members = filiere.get(Members.class);
            List<String> done = new ArrayList<>();

            assertThatThrownBy(() -> transactions.required(() -> {
                transactions.afterCommit(() -> done.add("outer committed"));
                transactions.requiresNew(() -> {
                    transactions.afterCommit(() -> done.add("inner committed"));
                    return memberships.apply(anApplication(Fixtures.SIRETS[4], "Inner", 2025));
                });
                memberships.apply(anApplication(Fixtures.SIRETS[5], "Outer", 2025));
                throw new IllegalStateException("outer fails");
            })).hasMessage("outer fails");

            assertThat(done).containsExactly("inner committed");
            List<MemberId> stored = transactions.required(
                    () -> members.find(MemberQuery.all()).stream().map(m -> m.id()).toList());
            assertThat(stored).containsExactly(MemberId.of(Fixtures.SIRETS[4].substring(0, 9)));
            assertThatThrownBy(() -> members.find(MemberQuery.all())).isInstanceOf(NoTransactionException.class)
                    .hasMessageContaining("outside a transaction");
        }
    }

    /** Observes member admissions only once the transaction that admitted them has committed. */
    @jakarta.inject.Singleton
    public static class AfterCommitObserver {
        final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        void onApplied(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                org.filiere.member.MemberApplied event) {
            seen.add(event.memberId().value());
        }
    }

    @Test
    void shouldDeliverTransactionalObserversOnlyAfterACommit() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), TwoApplications.class,
                AfterCommitObserver.class)) {
            TwoApplications service = filiere.get(TwoApplications.class);
            AfterCommitObserver observer = filiere.get(AfterCommitObserver.class);
            Transactions transactions = filiere.get(Transactions.class);

            assertThatThrownBy(() -> service.applyBothThenFail(true)).hasMessage("the second step failed");
            assertThat(observer.seen).isEmpty();

            List<Integer> seenInside = new ArrayList<>();
            transactions.required(() -> {
                service.applyBothThenFail(false);
                seenInside.add(observer.seen.size());
            });
            assertThat(seenInside).containsExactly(0);
            assertThat(observer.seen).containsExactly(Fixtures.SIRETS[0].substring(0, 9), Fixtures.SIRETS[1].substring(0, 9));
        }
    }
}

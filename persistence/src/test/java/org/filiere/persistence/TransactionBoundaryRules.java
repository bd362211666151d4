package org.filiere.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Where transactions begin and end: in application services ({@link jakarta.transaction.Transactional}) and in
 * persistence, never in an integration. An integration's own bean that must write in one transaction is
 * {@code @Transactional} itself and reaches the transaction through {@link CurrentTransaction}; work after a commit
 * observes the event with {@code TransactionPhase.AFTER_SUCCESS}. Each integration module runs these rules on its
 * classes.
 */
public final class TransactionBoundaryRules {

    /** Integrations neither call {@link Transactions} nor drive a JTA transaction. */
    @ArchTest
    public static final ArchRule integrationsDemarcateNoTransaction = noClasses()
            .that().resideInAPackage("org.filiere.integration..")
            .should().dependOnClassesThat().haveFullyQualifiedName(Transactions.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.UserTransaction")
            .as("integrations begin and end no transaction themselves: their beans are @Transactional and work "
                    + "after a commit is a transactional observer");

    private TransactionBoundaryRules() {
    }
}

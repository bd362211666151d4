package org.filiere.persistence;

import java.util.List;

import jakarta.transaction.Transactional;

/**
 * Which failures roll a transaction back, as {@link Transactional} says: unchecked exceptions and errors do,
 * checked ones do not, and {@code rollbackOn} / {@code dontRollbackOn} adjust that.
 *
 * @param rollbackOn     exception classes that roll back even when checked
 * @param dontRollbackOn exception classes that do not roll back even when unchecked
 */
record TransactionRules(List<Class<?>> rollbackOn, List<Class<?>> dontRollbackOn) {

    static final TransactionRules DEFAULT = new TransactionRules(List.of(), List.of());

    static TransactionRules of(Transactional annotation) {
        return new TransactionRules(List.of(annotation.rollbackOn()), List.of(annotation.dontRollbackOn()));
    }

    boolean rollsBackOn(Throwable failure) {
        if (dontRollbackOn.stream().anyMatch(c -> c.isInstance(failure))) {
            return false;
        }
        if (rollbackOn.stream().anyMatch(c -> c.isInstance(failure))) {
            return true;
        }
        return failure instanceof RuntimeException || failure instanceof Error;
    }
}

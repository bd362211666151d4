package org.filiere.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;

/**
 * Gives {@link Transactional} its meaning where no container does (Java SE): the call runs in a
 * {@link Transactions} unit of work. Under a container's JTA, it joins the container's transaction.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TransactionalInterceptor {

    private final Transactions transactions;

    @Inject
    public TransactionalInterceptor(Transactions transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    public Object aroundInvoke(InvocationContext context) throws Exception {
        Transactional binding = binding(context);
        try {
            return transactions.run(binding.value(), context::proceed, TransactionRules.of(binding));
        } catch (Transactions.CheckedFailure failure) {
            throw (Exception) failure.getCause();
        }
    }

    private static Transactional binding(InvocationContext context) {
        Transactional onMethod = context.getMethod().getAnnotation(Transactional.class);
        if (onMethod != null) {
            return onMethod;
        }
        // The class's annotation, read without InvocationContext.getInterceptorBinding (Interceptors 2.2): Jakarta
        // EE 10 servers offer Interceptors 2.1.
        for (Class<?> type = context.getTarget() == null ? null : context.getTarget().getClass(); type != null;
                type = type.getSuperclass()) {
            Transactional onType = type.getAnnotation(Transactional.class);
            if (onType != null) {
                return onType;
            }
        }
        return context.getMethod().getDeclaringClass().getAnnotation(Transactional.class);
    }
}

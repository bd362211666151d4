package org.filiere.integration.camel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.apache.camel.spi.BeanRepository;

/**
 * Camel's view of the CDI beans: a bean is found by its {@code @Named} name, or by type among all beans
 * ({@code @Any}). What Camel binds itself at run time goes to the registry's own map beside this one.
 */
final class CdiBeanRepository implements BeanRepository {

    private final BeanManager beanManager;

    CdiBeanRepository(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Object lookupByName(String name) {
        Set<Bean<?>> beans = beanManager.getBeans(name);
        if (beans.isEmpty()) {
            return null;
        }
        return reference(beanManager.resolve(beans), Object.class);
    }

    @Override
    public <T> T lookupByNameAndType(String name, Class<T> type) {
        Object bean = lookupByName(name);
        return type.isInstance(bean) ? type.cast(bean) : null;
    }

    @Override
    public <T> Map<String, T> findByTypeWithName(Class<T> type) {
        Map<String, T> found = new LinkedHashMap<>();
        for (Bean<?> bean : beanManager.getBeans(type, Any.Literal.INSTANCE)) {
            String name = bean.getName() != null ? bean.getName() : bean.getBeanClass().getName();
            found.putIfAbsent(name, reference(bean, type));
        }
        return found;
    }

    @Override
    public <T> Set<T> findByType(Class<T> type) {
        Set<T> found = new LinkedHashSet<>();
        for (Bean<?> bean : beanManager.getBeans(type, Any.Literal.INSTANCE)) {
            found.add(reference(bean, type));
        }
        return found;
    }

    private <T> T reference(Bean<?> bean, Class<T> type) {
        return type.cast(beanManager.getReference(bean, type, beanManager.createCreationalContext(bean)));
    }
}

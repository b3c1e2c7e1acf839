package org.convene.base.cluster;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.aop.Pointcut;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Galera rule: a write transaction that loses a certification conflict (or, on one server, a deadlock)
 * is run again from the start, up to {@link Retries#ATTEMPTS} times. The advice wraps every
 * {@code @Transactional} method that may write, outside Spring's transaction advice, and only where it
 * starts the transaction (a nested call belongs to its caller's transaction, retried as a whole). The
 * failed attempt was rolled back, events it published included, so running it again is safe.
 */
@Configuration(proxyBeanMethods = false)
class ConflictRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ConflictRetryAdvisor conflictRetryAdvisor() {
        return new ConflictRetryAdvisor();
    }

    /** Before (outside) the transaction advice, which has the lowest precedence. */
    static final class ConflictRetryAdvisor extends AbstractPointcutAdvisor {

        private final transient ConflictRetryInterceptor interceptor = new ConflictRetryInterceptor();

        ConflictRetryAdvisor() {
            setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        }

        @Override
        public Pointcut getPointcut() {
            return new StaticMethodMatcherPointcut() {
                @Override
                public boolean matches(Method method, Class<?> targetClass) {
                    return writes(method, targetClass);
                }
            };
        }

        @Override
        public org.aopalliance.aop.Advice getAdvice() {
            return interceptor;
        }
    }

    static boolean writes(Method method, Class<?> targetClass) {
        if (!targetClass.getPackageName().startsWith("org.convene")) {
            return false;
        }
        var onMethod = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        var annotation = onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
        return annotation != null && !annotation.readOnly();
    }

    /** Runs the invocation again while it fails with a conflict and no transaction surrounds it. */
    static final class ConflictRetryInterceptor implements MethodInterceptor {

        private static final Logger log = LoggerFactory.getLogger(ConflictRetryInterceptor.class);

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            for (var attempt = 1; ; attempt++) {
                try {
                    // A clone proceeds from here again (the transaction advice included); the original would not.
                    return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
                } catch (RuntimeException e) {
                    if (attempt >= Retries.ATTEMPTS || !Retries.isConflict(e)) {
                        throw e;
                    }
                    log.info("{}.{}: conflict, attempt {} of {} ({})", invocation.getMethod().getDeclaringClass().getSimpleName(),
                            invocation.getMethod().getName(), attempt, Retries.ATTEMPTS, e.getClass().getSimpleName());
                }
            }
        }
    }
}

package org.convene.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.convene.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled jobs across instances (issue 15): every {@code @Scheduled} job that must run once takes a
 * ShedLock job lock, two instances firing a job at the same moment run it once, and the application's
 * jobs really go through the lock (a run is skipped while another instance holds it).
 */
class ScheduledJobsTest extends IntegrationTest {

    /** Run by every instance for its own users: must not be locked. */
    private static final List<String> PER_INSTANCE = List.of("PresenceService.heartbeat");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void every_scheduled_job_that_must_run_once_takes_a_job_lock_and_per_instance_pollers_do_not() {
        var jobs = scheduledMethods();
        assertThat(jobs).isNotEmpty();
        var unlocked = new ArrayList<String>();
        var lockedPerInstance = new ArrayList<String>();
        jobs.forEach((name, method) -> {
            var locked = AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class);
            if (PER_INSTANCE.contains(name) && locked) {
                lockedPerInstance.add(name);
            } else if (!PER_INSTANCE.contains(name) && !locked) {
                unlocked.add(name);
            }
        });
        assertThat(unlocked).as("scheduled jobs without @SchedulerLock").isEmpty();
        assertThat(lockedPerInstance).as("per-instance pollers must not be locked").isEmpty();
        assertThat(jobs.keySet()).contains("RetentionJob.nightly", "OutboxRetention.purge", "OutboxSender.poll",
                "ReminderJob.hourly", "SweepJob.hourly", "ChangeFeedPruning.pruneOldChanges", "PresenceService.forgetStale");
    }

    @Test
    void two_instances_firing_the_same_job_at_the_same_moment_run_it_once() throws Exception {
        try (var a = pool(); var b = pool()) {
            var instances = List.of(executor(a), executor(b));
            var pool = Executors.newFixedThreadPool(2);
            try {
                for (var round = 0; round < 20; round++) {
                    var lock = new LockConfiguration(Instant.now(), "test-once-" + System.nanoTime(),
                            Duration.ofMinutes(5), Duration.ofMinutes(1));
                    var runs = new AtomicInteger();
                    var start = new CyclicBarrier(2);
                    var futures = instances.stream().map(instance -> pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        instance.executeWithLock((Runnable) runs::incrementAndGet, lock);
                        return null;
                    })).toList();
                    for (var f : futures) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                    assertThat(runs).as("runs in round %d", round).hasValue(1);
                    // and a late firing on the other instance (within lockAtLeastFor) does not run it again
                    instances.get(round % 2).executeWithLock((Runnable) runs::incrementAndGet, lock);
                    assertThat(runs).hasValue(1);
                    jdbc.update("delete from shedlock where name = ?", lock.getName());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void the_applications_jobs_take_their_lock_and_skip_a_run_while_another_instance_holds_it() throws Exception {
        var jobs = scheduledMethods();
        var pruning = jobs.get("ChangeFeedPruning.pruneOldChanges");
        var name = AnnotatedElementUtils.findMergedAnnotation(pruning, SchedulerLock.class).name();
        var oldChange = insertOldChange();

        hold(name, "another-instance", "2037-01-01");
        invoke(pruning);
        assertThat(changeExists(oldChange)).as("pruned although another instance holds the job lock").isTrue();

        hold(name, "released", "2000-01-01");
        invoke(pruning);
        assertThat(changeExists(oldChange)).isFalse();

        // Every locked job takes its own row (not a run without the lock).
        jdbc.update("update shedlock set lock_until = '2000-01-01', locked_by = 'released' where name not like 'test-%'");
        var names = new ArrayList<String>();
        jobs.forEach((job, method) -> {
            var lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
            if (lock != null) {
                names.add(lock.name());
                invoke(method);
            }
        });
        assertThat(names).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select name from shedlock where locked_by <> 'released' and name not like 'test-%'", String.class))
                .containsExactlyInAnyOrderElementsOf(names);
    }

    /** Puts the job's lock row in a state (the provider remembers rows it made, so rows are updated, not deleted). */
    private void hold(String name, String by, String until) {
        if (jdbc.update("update shedlock set lock_until = ?, locked_by = ? where name = ?", until, by, name) == 0) {
            jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, now(3), ?)", name, until, by);
        }
    }

    private long insertOldChange() {
        var at = org.convene.base.db.UtcTimes.of(Instant.now().minus(Duration.ofHours(3)));
        jdbc.update("insert into statement_change (statement_id, kind, at) values (-1, 'TEST', ?)", at);
        return jdbc.queryForObject("select max(id) from statement_change where statement_id = -1", Long.class);
    }

    private boolean changeExists(long id) {
        return jdbc.queryForObject("select count(*) from statement_change where id = ?", Integer.class, id) > 0;
    }

    /** The scheduled methods of the application's beans, as "Class.method". */
    private Map<String, Method> scheduledMethods() {
        var found = new LinkedHashMap<String, Method>();
        for (var beanName : context.getBeanDefinitionNames()) {
            var type = context.getType(beanName);
            if (type == null || !type.getPackageName().startsWith("org.convene")) {
                continue;
            }
            var target = org.springframework.util.ClassUtils.getUserClass(type);
            for (var method : target.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    found.put(target.getSimpleName() + "." + method.getName(), method);
                }
            }
        }
        return found;
    }

    /** Calls a job as the scheduler does: on the bean (its proxy), not on the target. */
    private void invoke(Method method) {
        var bean = context.getBean(org.springframework.util.ClassUtils.getUserClass(method.getDeclaringClass()));
        var invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        invocable.setAccessible(true);
        try {
            invocable.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection pool of its own, as another instance has. */
    private HikariDataSource pool() {
        var hikari = (HikariDataSource) dataSource;
        var own = new HikariDataSource();
        own.setJdbcUrl(hikari.getJdbcUrl());
        own.setUsername(hikari.getUsername());
        own.setPassword(hikari.getPassword());
        own.setMaximumPoolSize(2);
        return own;
    }

    private static LockingTaskExecutor executor(DataSource instanceDb) {
        LockProvider provider = new SchedulerLockConfiguration().lockProvider(instanceDb);
        return new DefaultLockingTaskExecutor(provider);
    }
}

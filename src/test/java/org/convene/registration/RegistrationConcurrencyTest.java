package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.TestSignIn.as;
import static org.convene.TestSignIn.authenticated;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.base.security.SystemAuthentication;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The proof that seats are never overbooked: real threads, the real database, all released at once.
 */
class RegistrationConcurrencyTest extends IntegrationTest {

    static final int PEOPLE = 200;
    static final int SEATS = 50;
    static final int CANCELLATIONS = 10;

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void two_hundred_people_at_once_fill_fifty_seats_and_a_gapless_waiting_list_then_cancellations_promote_the_next_ten()
            throws Exception {
        var organiser = aUser("Race Organiser", Role.ORGANISER);
        signIn(organiser);
        var seminar = seminars.create(aSeminarForm("Race " + UUID.randomUUID(), 30, SEATS));
        seminars.publish(seminar);
        var people = people(PEOPLE);

        var ids = race(people.stream().map(auth -> (Callable<Long>) () ->
                as(auth, () -> registrations.register(seminar, aRegistrationForm()))).toList());

        assertThat(ids).doesNotHaveDuplicates().hasSize(PEOPLE);
        signIn(organiser);
        var all = all(seminar);
        var confirmed = all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).toList();
        var waiting = all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparing(Registration::getWaitlistPosition)).toList();
        assertThat(confirmed).hasSize(SEATS);
        assertThat(waiting).extracting(Registration::getWaitlistPosition)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());

        // Ten confirmed people cancel at the same moment: the first ten in line get their seats.
        var byUser = people.stream().collect(Collectors.toMap(a -> ((org.convene.account.AccountUserDetails) a.getPrincipal()).id(),
                Function.identity()));
        var leaving = confirmed.subList(0, CANCELLATIONS);
        race(leaving.stream().map(r -> (Callable<Long>) () -> as(byUser.get(r.getUserId()), () -> {
            registrations.cancelMine(r.getId());
            return r.getId();
        })).toList());

        signIn(organiser);
        var after = all(seminar).stream().collect(Collectors.toMap(Registration::getId, Function.identity()));
        assertThat(after.values().stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)).hasSize(SEATS);
        assertThat(after.values().stream().filter(r -> r.getStatus() == RegistrationStatus.CANCELLED))
                .extracting(Registration::getId).containsExactlyInAnyOrderElementsOf(leaving.stream().map(Registration::getId).toList());
        for (var r : waiting.subList(0, CANCELLATIONS)) {
            assertThat(after.get(r.getId()).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        }
        for (var r : waiting.subList(CANCELLATIONS, waiting.size())) {
            assertThat(after.get(r.getId()).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThat(after.get(r.getId()).getWaitlistPosition()).isEqualTo(r.getWaitlistPosition() - CANCELLATIONS);
        }
        assertThat(after.values().stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .map(Registration::getWaitlistPosition).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS - CANCELLATIONS).boxed().toList());
    }

    /**
     * Ten people submit twice at the same moment: both submissions pass the early checks (read before the
     * seminar's lock), and the unique key refuses the second. Each person ends with exactly one registration,
     * each duplicate gets "already registered", and the seats and the line stay exact.
     */
    @Test
    void people_submitting_twice_at_once_get_one_registration_each_and_the_seats_stay_exact() throws Exception {
        var organiser = aUser("Twice Organiser", Role.ORGANISER);
        signIn(organiser);
        var seats = 10;
        var seminar = seminars.create(aSeminarForm("Twice " + UUID.randomUUID(), 30, seats));
        seminars.publish(seminar);
        var people = people(30);
        var twice = people.subList(0, 10);
        var refusals = new java.util.concurrent.atomic.AtomicInteger();
        var submissions = new ArrayList<Callable<Long>>();
        for (var auth : people) {
            var times = twice.contains(auth) ? 2 : 1;
            for (int i = 0; i < times; i++) {
                submissions.add(() -> as(auth, () -> {
                    try {
                        return registrations.register(seminar, aRegistrationForm());
                    } catch (org.convene.base.ConveneException e) {
                        assertThat(e.getMessageKey()).isEqualTo("registration.already");
                        refusals.incrementAndGet();
                        return -1L;
                    }
                }));
            }
        }

        var ids = race(submissions);

        assertThat(refusals).hasValue(10);
        assertThat(ids.stream().filter(id -> id > 0)).hasSize(30).doesNotHaveDuplicates();
        signIn(organiser);
        var all = all(seminar);
        assertThat(all).hasSize(30);
        assertThat(all.stream().map(Registration::getUserId)).doesNotHaveDuplicates();
        assertThat(all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)).hasSize(seats);
        assertThat(all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED).map(Registration::getWaitlistPosition).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 30 - seats).boxed().toList());
    }

    @Autowired
    SeminarLock lock;

    /**
     * While the seminar's row is locked elsewhere (another instance deciding), twelve people line up: the
     * first waits for the row alone, the eleven behind it are then decided in one transaction, one commit.
     * Each still sees the seats the ones before took: five seats, then a line 1..7.
     */
    @Test
    void people_waiting_in_line_are_decided_together_in_one_transaction_and_the_seats_stay_exact() throws Exception {
        var organiser = aUser("Batch Organiser", Role.ORGANISER);
        signIn(organiser);
        var seats = 5;
        var seminar = seminars.create(aSeminarForm("Batch " + UUID.randomUUID(), 30, seats));
        seminars.publish(seminar);
        var people = people(12);
        var batchesBefore = lock.batches().batchesTogether();
        var pool = Executors.newFixedThreadPool(people.size());
        try (var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var st = holder.prepareStatement("SELECT id FROM seminar WHERE id = ? FOR UPDATE")) {
                st.setLong(1, seminar);
                st.executeQuery().close();
            }
            var ids = new ArrayList<Future<Long>>();
            // The first one takes the seminar's turn alone and waits for the row; only then do the others line up
            // (under load, the first could otherwise find a second already in line and take them along).
            ids.add(pool.submit(() -> as(people.getFirst(), () -> registrations.register(seminar, aRegistrationForm()))));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> lock.batches().people(seminar) == 1 && lock.batches().notYetTaken(seminar) == 0);
            for (var auth : people.subList(1, people.size())) {
                ids.add(pool.submit(() -> as(auth, () -> registrations.register(seminar, aRegistrationForm()))));
            }
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> lock.batches().people(seminar) == people.size());
            holder.commit();
            for (var id : ids) {
                assertThat(id.get(1, TimeUnit.MINUTES)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(lock.batches().batchesTogether()).isEqualTo(batchesBefore + 1);
        assertThat(lock.batches().largestBatch()).isGreaterThanOrEqualTo(people.size() - 1);
        signIn(organiser);
        var all = all(seminar);
        assertThat(all).hasSize(12);
        assertThat(all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)).hasSize(seats);
        assertThat(all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED).map(Registration::getWaitlistPosition).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12 - seats).boxed().toList());
    }

    /**
     * Callers that register inside a transaction of their own (MariaDB's default isolation, REPEATABLE READ) are
     * decided one at a time in that transaction, and still see the latest seats: nothing is read before the lock.
     */
    @Test
    void registering_inside_a_callers_own_transaction_keeps_the_seats_and_the_line_exact() throws Exception {
        var organiser = aUser("Caller Organiser", Role.ORGANISER);
        signIn(organiser);
        var seats = 5;
        var seminar = seminars.create(aSeminarForm("Caller tx " + UUID.randomUUID(), 30, seats));
        seminars.publish(seminar);
        var people = people(20);
        var callerTx = new org.springframework.transaction.support.TransactionTemplate(transactions);

        race(people.stream().map(auth -> (Callable<Long>) () ->
                as(auth, () -> callerTx.execute(status -> registrations.register(seminar, aRegistrationForm())))).toList());

        signIn(organiser);
        var all = all(seminar);
        assertThat(all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)).hasSize(seats);
        assertThat(all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED).map(Registration::getWaitlistPosition).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20 - seats).boxed().toList());
    }

    /**
     * Runs the tasks on as many threads as the application has database connections (more threads would
     * only queue for a connection, and a long queue can outwait the pool's connection timeout on a busy
     * machine), all released by one start gate; fails on the first error.
     */
    private <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        var gate = new CountDownLatch(1);
        var errors = new ConcurrentLinkedQueue<Throwable>();
        var connections = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize();
        assertThat(connections).as("a race needs several connections").isGreaterThan(2);
        var pool = Executors.newFixedThreadPool(Math.min(tasks.size(), connections));
        try {
            var futures = new ArrayList<Future<T>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        return task.call();
                    } catch (Throwable t) {
                        errors.add(t);
                        throw t;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            gate.countDown();
            var results = new ArrayList<T>();
            for (var f : futures) {
                try {
                    results.add(f.get(2, TimeUnit.MINUTES));
                } catch (java.util.concurrent.ExecutionException e) {
                    // collected below
                }
            }
            assertThat(errors).isEmpty();
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** New participant accounts, signed in ahead of the race (the race is about registering). */
    private List<Authentication> people(int n) throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<Authentication>>();
            for (var i = 0; i < n; i++) {
                var email = uniqueEmail("racer" + i);
                futures.add(pool.submit(() -> {
                    SystemAuthentication.run(() -> accounts.createAccount(new SignUpForm("Racer " + email, email, PASSWORD),
                            java.util.Locale.ENGLISH, java.util.EnumSet.of(Role.PARTICIPANT)));
                    var details = userDetailsService.loadUserByUsername(email);
                    return authenticated(details);
                }));
            }
            var result = new ArrayList<Authentication>();
            for (var f : futures) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Registration> all(long seminar) {
        return organisers.page(seminar, ParticipantFilter.none(), PageRequest.of(0, 1000, Sort.by("id"))).getContent();
    }

}

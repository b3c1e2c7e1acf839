package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;

/** The line in front of a seminar's seats: how many go abreast, patience, and forgetting empty lines. */
class SeatQueueTest {

    @Test
    void at_most_three_people_per_seminar_at_once_and_other_seminars_do_not_wait() throws Exception {
        var queue = new SeatQueue(Duration.ofSeconds(30));
        var inside = new AtomicInteger();
        var most = new AtomicInteger();
        var release = new CountDownLatch(1);
        var otherSeminarDone = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(12);
        try {
            var futures = new ArrayList<Future<?>>();
            for (var i = 0; i < 10; i++) {
                futures.add(pool.submit(() -> queue.inTurn(1L, () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                    return null;
                })));
            }
            // Seminar 1's line is full; seminar 2 goes straight in.
            pool.submit(() -> queue.inTurn(2L, () -> {
                otherSeminarDone.countDown();
                return null;
            }));
            assertThat(otherSeminarDone.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> inside.get() == SeatQueue.ABREAST);
            release.countDown();
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(most.get()).isEqualTo(SeatQueue.ABREAST);
        assertThat(queue.lines()).as("empty lines are forgotten").isZero();
    }

    @Test
    void a_person_who_waited_past_the_patience_is_asked_to_try_again_and_nothing_of_theirs_runs() throws Exception {
        var queue = new SeatQueue(Duration.ofMillis(200));
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(SeatQueue.ABREAST);
        var started = new CountDownLatch(SeatQueue.ABREAST);
        try {
            for (var i = 0; i < SeatQueue.ABREAST; i++) {
                pool.submit(() -> queue.inTurn(7L, () -> {
                    started.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
            }
            started.await();
            var ran = new AtomicInteger();
            assertThatThrownBy(() -> queue.inTurn(7L, ran::incrementAndGet))
                    .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("registration.busy"));
            assertThat(ran).hasValue(0);
        } finally {
            release.countDown();
            pool.shutdown();
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(queue.lines()).isZero();
    }

    @Test
    void the_work_s_own_failure_reaches_the_caller_and_frees_the_turn() {
        var queue = new SeatQueue(Duration.ofSeconds(1));
        for (var i = 0; i < SeatQueue.ABREAST + 2; i++) {
            assertThatThrownBy(() -> queue.inTurn(3L, () -> {
                throw new ConveneException("registration.closed");
            })).isInstanceOf(ConveneException.class);
        }
        assertThat(queue.inTurn(3L, () -> "in")).isEqualTo("in");
        assertThat(queue.lines()).isZero();
    }
}

package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Seat decisions taken together: batches in arrival order, one person's refusal theirs only, patience. */
class SeatBatchesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(50);
    /** Each call of {@code together} (its people) and of {@code alone} (one person), in order. */
    private final List<List<Integer>> calls = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static org.awaitility.core.ConditionFactory soon() {
        return await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(10));
    }

    /** Person n's decision is n * 10; person 13 is refused; person 0 waits for {@link #firstMayFinish}. */
    private SeatBatches<Integer> batches(Duration patience) {
        return new SeatBatches<>(patience, (seminar, people) -> {
            calls.add(List.copyOf(people));
            return people.stream().map(p -> decision(p)).toList();
        }, (seminar, person) -> {
            calls.add(List.of(person));
            if (person == 0) {
                try {
                    firstMayFinish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return decision(person);
        });
    }

    private static long decision(int person) {
        if (person == 13) {
            throw new ConveneException("registration.already");
        }
        return person * 10L;
    }

    /** Person 0 takes the seminar's turn and holds it; then 1..n join the line one after the other. */
    private List<Future<Long>> lineUp(SeatBatches<Integer> batches, long seminar, int n) {
        var results = new ArrayList<Future<Long>>();
        results.add(pool.submit(() -> batches.decide(seminar, 0)));
        soon().until(() -> calls.size() == 1);
        for (var person = 1; person <= n; person++) {
            var who = person;
            results.add(pool.submit(() -> batches.decide(seminar, who)));
            var inLine = person + 1;
            soon().until(() -> batches.people(seminar) == inLine);
        }
        return results;
    }

    @Test
    void people_waiting_are_decided_together_in_arrival_order_at_most_thirty_two_at_a_time() throws Exception {
        var batches = batches(Duration.ofSeconds(30));
        var results = lineUp(batches, 1L, 40);
        // 13 is not among them: this test is about batches, the next one about refusals.
        firstMayFinish.countDown();
        for (var person = 0; person <= 40; person++) {
            if (person != 13) {
                assertThat(results.get(person).get(10, TimeUnit.SECONDS)).isEqualTo(person * 10L);
            }
        }
        var together = calls.stream().filter(c -> c.size() > 1).toList();
        assertThat(together).isNotEmpty().allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(SeatBatches.MOST));
        assertThat(together.getFirst()).as("the first batch: the first 32 in line, in order")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 32).boxed().toList());
        assertThat(batches.lines()).as("empty lines are forgotten").isZero();
    }

    @Test
    void one_refusal_in_a_batch_is_that_persons_only_the_others_are_decided_alone_in_order() throws Exception {
        var batches = batches(Duration.ofSeconds(30));
        var results = lineUp(batches, 1L, 20);
        firstMayFinish.countDown();
        for (var person = 0; person <= 20; person++) {
            if (person == 13) {
                var refused = results.get(person);
                assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(ConveneException.class).hasMessageContaining("registration.already");
            } else {
                assertThat(results.get(person).get(10, TimeUnit.SECONDS)).isEqualTo(person * 10L);
            }
        }
        // 0 alone; 1..20 together, refused; then 1..20 one by one in order.
        var expected = new ArrayList<List<Integer>>();
        expected.add(List.of(0));
        expected.add(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        java.util.stream.IntStream.rangeClosed(1, 20).forEach(p -> expected.add(List.of(p)));
        assertThat(calls).isEqualTo(expected);
    }

    @Test
    void a_person_who_waited_past_the_patience_is_asked_to_try_again_and_is_not_decided() throws Exception {
        var batches = batches(Duration.ofMillis(300));
        var results = lineUp(batches, 1L, 1);
        var tooLate = results.get(1);
        assertThatThrownBy(() -> tooLate.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ConveneException.class).hasMessageContaining("registration.busy");
        firstMayFinish.countDown();
        assertThat(results.getFirst().get(10, TimeUnit.SECONDS)).isZero();
        assertThat(calls).containsExactly(List.of(0));
    }

    @Test
    void another_seminar_does_not_wait_for_a_busy_one() throws Exception {
        var batches = batches(Duration.ofSeconds(30));
        var results = lineUp(batches, 1L, 3);
        assertThat(pool.submit(() -> batches.decide(2L, 7)).get(10, TimeUnit.SECONDS)).isEqualTo(70L);
        firstMayFinish.countDown();
        for (var f : results) {
            f.get(10, TimeUnit.SECONDS);
        }
    }
}

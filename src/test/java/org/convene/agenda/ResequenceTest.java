package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.convene.agenda.Resequence.Timed;
import org.junit.jupiter.api.Test;

class ResequenceTest {

    static final LocalDate DAY = LocalDate.of(2027, 5, 12);

    @Test
    void moving_the_last_session_first_keeps_durations_and_the_gaps_in_place() {
        // 09:00-10:00, gap 15, 10:15-11:45, gap 30, 12:15-12:45
        var lane = List.of(slot(1, "09:00", "10:00"), slot(2, "10:15", "11:45"), slot(3, "12:15", "12:45"));

        var result = Resequence.recompute(lane, null, List.of(3L, 1L, 2L));

        assertThat(result).extracting(ResequenceTest::show)
                .containsExactly("3@09:00-09:30", "1@09:45-10:45", "2@11:15-12:45");
    }

    @Test
    void swapping_two_neighbours_moves_nothing_else() {
        var lane = List.of(slot(1, "09:00", "10:00"), slot(2, "10:30", "11:00"), slot(3, "11:00", "12:00"),
                slot(4, "13:00", "14:00"));

        var result = Resequence.recompute(lane, null, List.of(1L, 3L, 2L, 4L));

        assertThat(result).extracting(ResequenceTest::show)
                .containsExactly("1@09:00-10:00", "3@10:30-11:30", "2@11:30-12:00", "4@13:00-14:00");
    }

    @Test
    void the_sequence_starts_at_the_earliest_start_whatever_order_the_lane_is_given_in() {
        var lane = List.of(slot(2, "11:00", "12:00"), slot(1, "10:00", "11:00"));

        var result = Resequence.recompute(lane, null, List.of(2L, 1L));

        assertThat(result).extracting(ResequenceTest::show).containsExactly("2@10:00-11:00", "1@11:00-12:00");
    }

    @Test
    void the_same_order_gives_the_same_times() {
        var lane = List.of(slot(1, "09:00", "10:00"), slot(2, "10:20", "11:00"));

        assertThat(Resequence.recompute(lane, null, List.of(1L, 2L))).containsExactlyElementsOf(lane);
    }

    @Test
    void a_session_joining_from_another_room_takes_the_start_of_the_one_it_is_put_before() {
        var lane = List.of(slot(1, "09:00", "10:00"), slot(2, "10:30", "11:30"));
        var joining = slot(9, "15:00", "15:45");

        assertThat(Resequence.recompute(lane, joining, List.of(1L, 9L, 2L))).extracting(ResequenceTest::show)
                .containsExactly("1@09:00-10:00", "9@10:30-11:15", "2@11:15-12:15");
        assertThat(Resequence.recompute(lane, joining, List.of(9L, 1L, 2L))).extracting(ResequenceTest::show)
                .containsExactly("9@09:00-09:45", "1@09:45-10:45", "2@11:15-12:15");
        assertThat(Resequence.recompute(lane, joining, List.of(1L, 2L, 9L))).extracting(ResequenceTest::show)
                .containsExactly("1@09:00-10:00", "2@10:30-11:30", "9@11:30-12:15");
    }

    @Test
    void a_session_joining_an_empty_room_keeps_its_times() {
        var joining = slot(9, "15:00", "15:45");

        assertThat(Resequence.recompute(List.of(), joining, List.of(9L))).containsExactly(joining);
    }

    @Test
    void an_order_that_does_not_match_the_lane_is_a_programming_error() {
        var lane = List.of(slot(1, "09:00", "10:00"), slot(2, "10:30", "11:30"));

        assertThatThrownBy(() -> Resequence.recompute(lane, null, List.of(1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Resequence.recompute(lane, null, List.of(1L, 2L, 3L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Resequence.recompute(lane, null, List.of(1L, 1L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Resequence.recompute(lane, slot(1, "12:00", "13:00"), List.of(1L, 2L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void on_the_day_clocks_go_back_in_rome_wall_clock_times_and_durations_are_kept() {
        var sunday = LocalDate.of(2027, Month.OCTOBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        var rome = ZoneId.of("Europe/Rome");
        // 02:00-03:00 happens twice that night: wall-clock arithmetic must not turn into 2 h.
        assertThat(rome.getRules().getValidOffsets(sunday.atTime(2, 30))).hasSize(2);
        var lane = List.of(
                new Timed(1, sunday.atTime(1, 30), sunday.atTime(2, 30)),
                new Timed(2, sunday.atTime(2, 30), sunday.atTime(3, 30)),
                new Timed(3, sunday.atTime(4, 0), sunday.atTime(5, 0)));

        var result = Resequence.recompute(lane, null, List.of(3L, 2L, 1L));

        assertThat(result).extracting(ResequenceTest::show)
                .containsExactly("3@01:30-02:30", "2@02:30-03:30", "1@04:00-05:00");
        assertThat(result).allSatisfy(t -> assertThat(t.start().toLocalDate()).isEqualTo(sunday));
        // Each session lasts, as shown, one hour of the clock on the wall.
        assertThat(result).allSatisfy(t -> assertThat(t.duration()).hasMinutes(60));
    }

    private static Timed slot(long id, String start, String end) {
        return new Timed(id, at(start), at(end));
    }

    private static LocalDateTime at(String time) {
        return DAY.atTime(java.time.LocalTime.parse(time));
    }

    private static String show(Timed t) {
        return t.id() + "@" + t.start().toLocalTime() + "-" + t.end().toLocalTime();
    }
}

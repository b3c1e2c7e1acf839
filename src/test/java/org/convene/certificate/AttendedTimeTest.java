package org.convene.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendedTimeTest {

    private static final LocalDateTime DAY = LocalDateTime.of(2027, 3, 10, 0, 0);

    private static AttendedTime.Slot slot(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new AttendedTime.Slot(DAY.withHour(fromHour).withMinute(fromMinute), DAY.withHour(toHour).withMinute(toMinute));
    }

    @Test
    void parallel_and_overlapping_sessions_count_once_and_gaps_not_at_all() {
        var slots = List.of(slot(9, 0, 10, 30), slot(11, 0, 12, 30), slot(11, 30, 12, 30), slot(12, 0, 13, 0),
                slot(14, 0, 15, 0), new AttendedTime.Slot(DAY.plusDays(1).withHour(9), DAY.plusDays(1).withHour(11)));
        assertThat(AttendedTime.of(slots)).isEqualTo(Duration.ofMinutes(90 + 120 + 60 + 120));
    }

    @Test
    void no_sessions_or_empty_ones_make_no_time() {
        assertThat(AttendedTime.of(List.of())).isZero();
        assertThat(AttendedTime.of(List.of(slot(9, 0, 9, 0)))).isZero();
    }

    @Test
    void a_session_inside_another_adds_nothing() {
        assertThat(AttendedTime.of(List.of(slot(9, 0, 17, 0), slot(10, 0, 11, 0)))).isEqualTo(Duration.ofHours(8));
    }
}

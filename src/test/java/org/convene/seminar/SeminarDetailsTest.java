package org.convene.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.convene.seminar.SeminarAvailability.State;
import org.junit.jupiter.api.Test;

/** Where registration stands from a seminar's own status and dates: the one rule. */
class SeminarDetailsTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    // Registration 1-10 March 2027, seminar 15-16 March, Rome time.
    static final LocalDateTime OPENS = LocalDateTime.of(2027, 3, 1, 9, 0);
    static final LocalDateTime CLOSES = LocalDateTime.of(2027, 3, 10, 17, 0);
    static final LocalDateTime STARTS = LocalDateTime.of(2027, 3, 15, 9, 0);
    static final LocalDateTime ENDS = LocalDateTime.of(2027, 3, 16, 17, 0);

    static SeminarDetails seminar(SeminarStatus status) {
        return new SeminarDetails(1, "p", "Title", "", "", SeminarFormat.IN_PERSON, "", "", "Rome", "IT", "", ROME, STARTS,
                ENDS, 30, OPENS, CLOSES, false, Visibility.PUBLIC, status, null, "uid", 0, Instant.EPOCH, Instant.EPOCH);
    }

    static Clock at(LocalDateTime romeTime) {
        return Clock.fixed(romeTime.atZone(ROME).toInstant(), ROME);
    }

    @Test
    void a_published_seminar_goes_from_not_yet_open_to_open_closed_and_past() {
        var s = seminar(SeminarStatus.PUBLISHED);
        assertThat(s.registrationState(at(OPENS.minusMinutes(1)))).isEqualTo(State.NOT_YET_OPEN);
        assertThat(s.registrationState(at(OPENS))).isEqualTo(State.OPEN);
        assertThat(s.registrationState(at(CLOSES.minusMinutes(1)))).isEqualTo(State.OPEN);
        assertThat(s.registrationState(at(CLOSES))).isEqualTo(State.CLOSED);
        assertThat(s.registrationState(at(STARTS.plusHours(1)))).isEqualTo(State.CLOSED);
        assertThat(s.registrationState(at(ENDS))).isEqualTo(State.PAST);
    }

    @Test
    void a_draft_or_cancelled_seminar_is_unavailable_even_once_past() {
        for (var status : new SeminarStatus[] {SeminarStatus.DRAFT, SeminarStatus.CANCELLED}) {
            var s = seminar(status);
            assertThat(s.registrationState(at(OPENS.plusDays(1)))).as(status.name()).isEqualTo(State.UNAVAILABLE);
            assertThat(s.registrationState(at(ENDS.plusDays(1)))).as(status.name()).isEqualTo(State.UNAVAILABLE);
        }
    }
}

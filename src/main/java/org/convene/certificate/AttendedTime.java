package org.convene.certificate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time spent in sessions according to the agenda: the union of the items' intervals, so that
 * parallel sessions count once, without breaks and meals, and without cancelled items.
 */
final class AttendedTime {

    /** One agenda item's interval (wall-clock times of one seminar's zone). */
    record Slot(LocalDateTime start, LocalDateTime end) {
    }

    private AttendedTime() {
    }

    static Duration of(List<Slot> slots) {
        var sorted = new ArrayList<>(slots.stream().filter(s -> s.end().isAfter(s.start())).toList());
        sorted.sort(Comparator.comparing(Slot::start));
        var total = Duration.ZERO;
        LocalDateTime from = null;
        LocalDateTime to = null;
        for (var s : sorted) {
            if (to == null || s.start().isAfter(to)) {
                if (to != null) {
                    total = total.plus(Duration.between(from, to));
                }
                from = s.start();
                to = s.end();
            } else if (s.end().isAfter(to)) {
                to = s.end();
            }
        }
        return to == null ? total : total.plus(Duration.between(from, to));
    }
}

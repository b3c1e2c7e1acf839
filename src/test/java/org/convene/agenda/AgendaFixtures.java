package org.convene.agenda;

import java.time.LocalDateTime;
import java.util.List;

/** Small factories for agenda test data. */
public final class AgendaFixtures {

    private AgendaFixtures() {
    }

    public static ItemForm anItem(String title, LocalDateTime start, int minutes, Long roomId, List<Long> speakers) {
        return new ItemForm(title, "", ItemType.PANEL, start, start.plusMinutes(minutes), roomId, "", "", speakers, List.of());
    }

    public static ItemForm anItem(String title, LocalDateTime start, int minutes, Long roomId) {
        return anItem(title, start, minutes, roomId, List.of());
    }

    /** The last Sunday of that month, at least a week from today (daylight-saving switches in Europe). */
    public static java.time.LocalDate nextLastSunday(java.time.Month month) {
        var from = java.time.LocalDate.now().plusDays(7);
        for (var year = from.getYear(); ; year++) {
            var sunday = java.time.LocalDate.of(year, month, 1)
                    .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
            if (sunday.minusDays(1).isAfter(from)) {
                return sunday;
            }
        }
    }

    public static PersonForm aPerson(String name) {
        return new PersonForm(name, "Pompidou Group", "", null);
    }
}

package org.convene.agenda;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.convene.base.ConveneException;
import org.convene.seminar.SeminarDetails;

/** Where a session may lie in time: within the seminar's days, ending after it starts, never in a daylight-saving gap. */
final class ItemTimes {

    private ItemTimes() {
    }

    /**
     * End after start, both inside the seminar's days, neither in a daylight-saving gap. With a
     * {@code title} (a session moved along with others) the refusal names it instead of a field.
     */
    static void check(SeminarDetails seminar, LocalDateTime start, LocalDateTime end, String title) {
        if (!end.isAfter(start)) {
            throw ConveneException.onField("endsAt", "agenda.item.end-before-start");
        }
        var firstDay = seminar.startsAt().toLocalDate();
        var lastDay = seminar.endsAt().toLocalDate();
        if (start.toLocalDate().isBefore(firstDay) || end.isAfter(lastDay.plusDays(1).atStartOfDay())) {
            throw title == null
                    ? ConveneException.onField("startsAt", "agenda.item.outside-dates", firstDay, lastDay)
                    : new ConveneException("agenda.item.outside-dates-named", title, firstDay, lastDay);
        }
        var zone = seminar.timeZone();
        if (inGap(start, zone)) {
            throw ConveneException.onField("startsAt", "agenda.item.dst-gap", zone.getId());
        }
        if (inGap(end, zone)) {
            throw ConveneException.onField("endsAt", "agenda.item.dst-gap", zone.getId());
        }
    }

    private static boolean inGap(LocalDateTime t, ZoneId zone) {
        return !ZonedDateTime.ofLocal(t, zone, null).toLocalDateTime().equals(t);
    }
}

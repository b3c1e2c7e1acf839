package org.convene.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One item for a calendar that is not a seminar (an agenda item, for instance), as the owning module
 * describes it. {@code uid} is stored by that module and stable; {@code start}/{@code end} are
 * wall-clock times in {@code zone}; {@code url} is the page people open (may be empty).
 */
public record CalendarEntry(String uid, int sequence, String title, String description, String location,
                            String url, ZoneId zone, LocalDateTime start, LocalDateTime end, Instant created,
                            Instant lastModified, boolean cancelled) {

    public Instant endInstant() {
        return end.atZone(zone).toInstant();
    }
}

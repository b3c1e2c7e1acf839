package org.convene.agenda;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A published agenda item, as the agenda page, the PDF and the .ics show it. Times are wall-clock
 * times in the seminar's zone. {@code updated} when a later publication changed it.
 */
public record AgendaEntry(long itemId, String icalUid, int sequence, String title, String description,
                          ItemType type, LocalDateTime startsAt, LocalDateTime endsAt, String room,
                          String language, String onlineLink, List<Speaker> people, ItemStatus status,
                          boolean updated, int changedVersion, Instant createdAt, Instant lastModified) {

    public List<Speaker> speakers() {
        return people.stream().filter(p -> p.role() == PersonRole.SPEAKER).toList();
    }

    public List<Speaker> chairs() {
        return people.stream().filter(p -> p.role() == PersonRole.CHAIR).toList();
    }

    public boolean isCancelled() {
        return status == ItemStatus.CANCELLED;
    }
}

package org.convene.seminar;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * What the organisers' seminar list shows of a seminar and acts on: plain values, read inside the
 * service's transaction, so the list keeps no entity.
 */
public record SeminarRow(long id, String publicId, String title, LocalDateTime startsAt, ZoneId timeZone,
                         SeminarStatus status, SeminarFormat format, String venueCity, Visibility visibility) {

    static SeminarRow of(Seminar s) {
        return new SeminarRow(s.getId(), s.getPublicId(), s.getTitle(), s.getStartsAt(), s.getTimeZone(), s.getStatus(),
                s.getFormat(), s.getVenueCity(), s.getVisibility());
    }
}

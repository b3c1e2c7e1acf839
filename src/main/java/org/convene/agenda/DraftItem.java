package org.convene.agenda;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An item of the draft agenda as the editor shows it: plain values read inside the service's
 * transaction, speakers and chairs as person ids in the organiser's order. Times are wall-clock
 * times in the seminar's zone.
 */
public record DraftItem(long id, String title, String description, ItemType type, LocalDateTime startsAt,
                        LocalDateTime endsAt, Long roomId, String language, String onlineLink,
                        List<Long> speakerIds, List<Long> chairIds) {

    public DraftItem {
        speakerIds = List.copyOf(speakerIds);
        chairIds = List.copyOf(chairIds);
    }

    static DraftItem of(AgendaItem i) {
        return new DraftItem(i.getId(), i.getTitle(), i.getDescription(), i.getType(), i.getStartsAt(), i.getEndsAt(),
                i.getRoomId(), i.getLanguage(), i.getOnlineLink(), i.personIds(PersonRole.SPEAKER),
                i.personIds(PersonRole.CHAIR));
    }

    /** The form that would store this item as it is. */
    public ItemForm toForm() {
        return new ItemForm(title, description, type, startsAt, endsAt, roomId, language, onlineLink, speakerIds, chairIds);
    }

    public LocalDate day() {
        return startsAt.toLocalDate();
    }

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }
}

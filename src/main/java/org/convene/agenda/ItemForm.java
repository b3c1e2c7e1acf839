package org.convene.agenda;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an organiser edits of an agenda item. Times are wall-clock times in the seminar's zone;
 * {@code roomId} and {@code language} (ISO 639-1) are optional.
 */
public record ItemForm(String title, String description, ItemType type, LocalDateTime startsAt,
                       LocalDateTime endsAt, Long roomId, String language, String onlineLink,
                       List<Long> speakerIds, List<Long> chairIds) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int LINK_MAX = 500;

    public ItemForm {
        speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
        chairIds = chairIds == null ? List.of() : List.copyOf(chairIds);
    }

    public ItemForm withTimes(LocalDateTime start, LocalDateTime end) {
        return new ItemForm(title, description, type, start, end, roomId, language, onlineLink, speakerIds, chairIds);
    }
}

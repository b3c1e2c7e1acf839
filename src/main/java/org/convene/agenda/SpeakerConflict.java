package org.convene.agenda;

import java.time.LocalDateTime;

/** A person who would be in two overlapping items: a warning the organiser may confirm. */
public record SpeakerConflict(String personName, long otherItemId, String otherItemTitle,
                              LocalDateTime otherStartsAt, LocalDateTime otherEndsAt) {
}

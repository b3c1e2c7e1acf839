package org.convene.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The published agenda of a seminar with what a reader needs of the seminar itself. {@code version}
 * 0 means "not published yet" (and {@code entries} is empty).
 */
public record PublishedAgenda(long seminarId, String publicId, String seminarTitle, String venue, String onlineLink,
                              ZoneId zone, LocalDateTime seminarStartsAt, LocalDateTime seminarEndsAt,
                              boolean seminarCancelled, int version, Instant publishedAt, List<AgendaEntry> entries) {

    public boolean isPublished() {
        return version > 0;
    }

    /** Entries by day, in time order, then by room. */
    public Map<LocalDate, List<AgendaEntry>> byDay() {
        return entries.stream().collect(Collectors.groupingBy(e -> e.startsAt().toLocalDate(), TreeMap::new,
                Collectors.toList()));
    }
}

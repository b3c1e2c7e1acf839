package org.convene.seminar;

import java.time.LocalDateTime;

/** Start or end moved (or the time zone changed) on a published seminar. {@code sequence} is the raised iCalendar SEQUENCE. */
public record SeminarRescheduled(long seminarId, LocalDateTime previousStart, LocalDateTime previousEnd,
                                 LocalDateTime newStart, LocalDateTime newEnd, int sequence) {
}

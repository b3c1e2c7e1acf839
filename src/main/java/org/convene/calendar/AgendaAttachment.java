package org.convene.calendar;

/**
 * A seminar's published agenda as an .ics file (METHOD:PUBLISH, items with their own UIDs), rendered by
 * the agenda module. {@code fingerprint} changes when the agenda changes (a version or a hash).
 */
public record AgendaAttachment(String fileName, String ics, String fingerprint) {
}

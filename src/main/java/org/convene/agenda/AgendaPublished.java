package org.convene.agenda;

/** The agenda of a seminar was published (first time or again); {@code version} is the agenda's new version. */
public record AgendaPublished(long seminarId, int version) {
}

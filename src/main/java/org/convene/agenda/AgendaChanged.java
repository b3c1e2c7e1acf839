package org.convene.agenda;

/**
 * Items of an already published agenda changed (times, rooms, removal) in publication {@code version};
 * participants should hear of it. Carries the count, not the ids: the event publication registry
 * stores each event in a bounded column, and an agenda may change by the thousand (issue 10, item 13).
 * Listeners read the published agenda itself.
 */
public record AgendaChanged(long seminarId, int version, int changedItems) {
}

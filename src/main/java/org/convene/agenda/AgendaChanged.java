package org.convene.agenda;

import java.util.List;

/** Items of an already published agenda changed (times, rooms, removal); participants should hear of it. */
public record AgendaChanged(long seminarId, List<Long> changedItemIds) {
}

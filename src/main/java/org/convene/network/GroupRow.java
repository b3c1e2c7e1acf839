package org.convene.network;

/** What the groups list shows of a group: a row of plain values, the members counted by the query. */
public record GroupRow(long id, String name, GroupKind kind, int memberCount) {
}

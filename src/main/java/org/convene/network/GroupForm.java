package org.convene.network;

/** What an organiser edits about a group. */
public record GroupForm(String name, GroupKind kind, String description, Long coordinatorId) {
}

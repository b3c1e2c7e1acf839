package org.convene.document;

/**
 * Someone asked to tell the people who can see an item about it ("tell the participants").
 * The notification module finds them with {@link DocumentService#audience(long)}.
 */
public record DocumentShared(long itemId, int version, Long seminarId, Long groupId, long sharedBy) {
}

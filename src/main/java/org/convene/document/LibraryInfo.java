package org.convene.document;

/**
 * A library as its viewer may use it: whose it is, how far they see ({@code level}), whether they
 * manage it (folders, trash, every item) and whether they may add files anywhere in it.
 */
public record LibraryInfo(long id, Long seminarId, Long groupId, DocumentVisibility level, boolean canManage,
                          boolean canAdd) {
}

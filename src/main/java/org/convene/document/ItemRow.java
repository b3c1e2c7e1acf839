package org.convene.document;

import java.time.Instant;

/**
 * An item as the list shows it: for files the current version's name, type, size and number.
 * {@code visibility} is the effective one; {@code ownVisibility} tells whether the item overrides its folder.
 */
public record ItemRow(long id, long folderId, ItemKind kind, String title, String description, String language,
                      String url, DocumentVisibility visibility, boolean ownVisibility, int version, long size,
                      String fileName, String mediaType, String typeLabel, String addedBy, Instant addedAt,
                      Instant updatedAt, boolean canChange, boolean previewable, Instant trashedAt) {
}

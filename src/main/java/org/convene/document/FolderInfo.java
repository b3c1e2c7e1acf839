package org.convene.document;

import java.time.Instant;

/** A folder for the viewer; {@code canAdd}: they may add items to it. */
public record FolderInfo(long id, String name, DocumentVisibility visibility, boolean speakersAdd, boolean canAdd,
                         Instant trashedAt) {
}

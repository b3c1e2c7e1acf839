package org.convene.document;

import java.time.Instant;

/** One version of a file, for the versions list. */
public record VersionRow(long id, int number, String fileName, String mediaType, long size, String addedBy,
                         Instant addedAt) {
}

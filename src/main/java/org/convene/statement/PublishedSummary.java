package org.convene.statement;

import java.time.Instant;

/** A row of the public list of statements (the latest published version of each). */
public record PublishedSummary(String publicId, int number, String title, String language, String context,
                               Instant publishedAt, int signers) {
}

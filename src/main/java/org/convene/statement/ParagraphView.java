package org.convene.statement;

import java.time.Instant;

/**
 * A paragraph as it is now: its section, position 1..n in that section, text version and Markdown
 * text, and who saved it last (null when the account is gone).
 */
public record ParagraphView(long id, long sectionId, int position, long version, String text,
                            Long updatedBy, Instant updatedAt) {
}

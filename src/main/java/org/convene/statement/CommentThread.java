package org.convene.statement;

import java.time.Instant;
import java.util.List;

/** A comment and its replies on one paragraph, as the UI shows them. */
public record CommentThread(long id, long paragraphId, Entry first, List<Entry> replies, boolean resolved,
                            String resolvedBy, Instant resolvedAt) {

    public record Entry(long id, String author, String body, Instant at) {
    }
}

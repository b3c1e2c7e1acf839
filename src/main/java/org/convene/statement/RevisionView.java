package org.convene.statement;

import java.time.Instant;

/**
 * One saved change as history shows it: which paragraph, the version it made, its kind, the text
 * before and after, who saved it (and whose words they are, when credited), when. Names are null
 * when the account is gone.
 */
public record RevisionView(long id, long paragraphId, long version, String kind, String textBefore, String textAfter,
                           Long authorId, String authorName, Long creditedToId, String creditedToName, Instant at) {
}

package org.convene.statement;

/** The outcome of an accepted save: the paragraph's new version and the revision that records it. */
public record ParagraphSaved(long paragraphId, long version, long revisionId) {
}

package org.convene.statement;

import java.time.Instant;
import java.util.List;

/**
 * One published version as its page shows it: text (paragraph HTML already sanitized), signatories
 * with organisations and reservations, date, hash, change note, the other versions and translations.
 */
public record PublishedStatement(String publicId, int number, int latestNumber, String title, String language,
                                 String context, PublicationVisibility visibility, Instant publishedAt,
                                 String contentHash, String changeNote, List<Section> sections, List<Signer> signers,
                                 List<Version> versions, List<Link> translations, Link source, String withdrawnReason) {

    public record Section(String heading, List<String> paragraphsHtml) {
    }

    public record Signer(String name, String organisation, String reservation) {
    }

    public record Version(int number, Instant publishedAt, String changeNote) {
    }

    /** Another language's publication of the same statement. */
    public record Link(String publicId, String language, String title) {
    }

    public boolean isLatest() {
        return number == latestNumber;
    }
}

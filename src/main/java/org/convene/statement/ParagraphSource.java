package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which source paragraph, at which version, a translated paragraph renders. */
@Entity
@Table(name = "statement_paragraph_source")
class ParagraphSource {

    @Id
    @Column(name = "paragraph_id")
    private Long paragraphId;

    @Column(name = "source_paragraph_id", nullable = false)
    private long sourceParagraphId;

    @Column(name = "source_version", nullable = false)
    private long sourceVersion;

    protected ParagraphSource() {
    }

    ParagraphSource(long paragraphId, long sourceParagraphId, long sourceVersion) {
        this.paragraphId = paragraphId;
        this.sourceParagraphId = sourceParagraphId;
        this.sourceVersion = sourceVersion;
    }

    Long getParagraphId() {
        return paragraphId;
    }

    long getSourceParagraphId() {
        return sourceParagraphId;
    }

    long getSourceVersion() {
        return sourceVersion;
    }

    void caughtUp(long version) {
        this.sourceVersion = version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParagraphSource p && paragraphId != null && paragraphId.equals(p.paragraphId);
    }

    @Override
    public int hashCode() {
        return ParagraphSource.class.hashCode();
    }
}

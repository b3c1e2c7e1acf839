package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/**
 * One saved change of a paragraph (who, when, text before and after), never rewritten. {@code kind}
 * is one of {@link #CREATED}, {@link #EDITED}, {@link #RESTORED}, {@link #DELETED}, or a kind the
 * review part adds (for example {@code PROPOSAL_ACCEPTED}, with {@code creditedTo} the proposer).
 */
@Entity
@Table(name = "statement_paragraph_revision")
public class ParagraphRevision extends AbstractEntity {

    public static final String CREATED = "CREATED";
    public static final String EDITED = "EDITED";
    public static final String RESTORED = "RESTORED";
    public static final String DELETED = "DELETED";

    @Column(name = "statement_id", nullable = false, updatable = false)
    private long statementId;

    @Column(name = "paragraph_id", nullable = false, updatable = false)
    private long paragraphId;

    @Column(name = "version", nullable = false, updatable = false)
    private long version;

    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private String kind;

    @Column(name = "text_before", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String textBefore;

    @Column(name = "text_after", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String textAfter;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "credited_to", updatable = false)
    private Long creditedTo;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    protected ParagraphRevision() {
    }

    ParagraphRevision(long statementId, long paragraphId, long version, String kind, String textBefore, String textAfter,
                      Long authorId, Long creditedTo, Instant at) {
        this.statementId = statementId;
        this.paragraphId = paragraphId;
        this.version = version;
        this.kind = kind;
        this.textBefore = textBefore;
        this.textAfter = textAfter;
        this.authorId = authorId;
        this.creditedTo = creditedTo;
        this.at = at;
    }

    public long getStatementId() {
        return statementId;
    }

    public long getParagraphId() {
        return paragraphId;
    }

    public long getVersion() {
        return version;
    }

    public String getKind() {
        return kind;
    }

    public String getTextBefore() {
        return textBefore;
    }

    public String getTextAfter() {
        return textAfter;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getCreditedTo() {
        return creditedTo;
    }

    public Instant getAt() {
        return at;
    }
}

package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One paragraph of Markdown. {@code version} is the text's version (1 at creation, +1 for every
 * saved change, each one in {@link ParagraphRevision}); a save names the version it started from
 * and is refused when that is no longer the current one. A deleted paragraph keeps its row (history
 * and proposals refer to it) without a position. Positions change only through the renumbering
 * SQL, under the statement's lock, so updates here write only the columns that changed.
 */
@Entity
@Table(name = "statement_paragraph")
@DynamicUpdate
public class StatementParagraph extends AbstractEntity {

    /** Longest paragraph text, in characters (also checked by the database). */
    public static final int TEXT_MAX = 10_000;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private long statementId;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(name = "position")
    private Integer position;

    @Column(name = "text", nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StatementParagraph() {
    }

    StatementParagraph(long statementId, long sectionId, int position, String text, long authorId, Instant now) {
        this.statementId = statementId;
        this.sectionId = sectionId;
        this.position = position;
        this.text = text;
        this.version = 1;
        this.updatedBy = authorId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long getStatementId() {
        return statementId;
    }

    public long getSectionId() {
        return sectionId;
    }

    public Integer getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** A new version of the text; returns it. */
    long write(String newText, long authorId, Instant now) {
        this.text = newText;
        this.version++;
        this.updatedBy = authorId;
        this.updatedAt = now;
        return version;
    }
}

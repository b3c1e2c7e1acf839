package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** A comment on a paragraph, or a reply in its thread ({@code parentId} = the thread's first comment). */
@Entity
@Table(name = "statement_comment")
class Comment extends AbstractEntity {

    static final int BODY_MAX = 4000;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "paragraph_id", nullable = false)
    private long paragraphId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected Comment() {
    }

    Comment(long statementId, long paragraphId, Long parentId, long authorId, String body, Instant at) {
        this.statementId = statementId;
        this.paragraphId = paragraphId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = at;
    }

    long getStatementId() {
        return statementId;
    }

    long getParagraphId() {
        return paragraphId;
    }

    Long getParentId() {
        return parentId;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    Long getResolvedBy() {
        return resolvedBy;
    }

    boolean isResolved() {
        return resolvedAt != null;
    }

    void resolve(long by, Instant at) {
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    void reopen() {
        this.resolvedAt = null;
        this.resolvedBy = null;
    }
}

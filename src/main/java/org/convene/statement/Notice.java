package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** Something a person is told in the app about a statement. */
@Entity
@Table(name = "statement_notice")
class Notice extends AbstractEntity {

    static final int DETAIL_MAX = 2000;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private NoticeKind kind;

    @Column(name = "detail", nullable = false, length = DETAIL_MAX)
    private String detail = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(long userId, long statementId, NoticeKind kind, String detail, Instant at) {
        this.userId = userId;
        this.statementId = statementId;
        this.kind = kind;
        this.detail = detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX - 1) + "…" : detail;
        this.createdAt = at;
    }

    long getUserId() {
        return userId;
    }

    long getStatementId() {
        return statementId;
    }

    NoticeKind getKind() {
        return kind;
    }

    String getDetail() {
        return detail;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}

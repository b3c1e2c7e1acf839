package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** A section of a statement's body. Positions are 1..n among live sections; deleted ones have none. */
@Entity
@Table(name = "statement_section")
public class StatementSection extends AbstractEntity {

    public static final int TITLE_MAX = 200;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private long statementId;

    @Column(name = "position")
    private Integer position;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StatementSection() {
    }

    StatementSection(long statementId, int position, String title, Instant now) {
        this.statementId = statementId;
        this.position = position;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long getStatementId() {
        return statementId;
    }

    public Integer getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public boolean isDeleted() {
        return deleted;
    }

    void rename(String title, Instant now) {
        this.title = title;
        this.updatedAt = now;
    }
}

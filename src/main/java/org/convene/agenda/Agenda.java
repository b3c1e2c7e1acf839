package org.convene.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** One per seminar: the published version number; its row lock serialises edits of the agenda. */
@Entity
@Table(name = "agenda")
class Agenda extends AbstractEntity {

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected Agenda() {
    }

    int publish(Instant now) {
        version++;
        publishedAt = now;
        updatedAt = now;
        return version;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    long getSeminarId() {
        return seminarId;
    }

    int getVersion() {
        return version;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

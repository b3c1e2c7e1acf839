package org.convene.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** The documents of one seminar or one expert group. */
@Entity
@Table(name = "document_library")
class Library extends AbstractEntity {

    @Column(name = "seminar_id", updatable = false)
    private Long seminarId;

    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Library() {
    }

    static Library forSeminar(long seminarId, Instant now) {
        var l = new Library();
        l.seminarId = seminarId;
        l.createdAt = now;
        return l;
    }

    static Library forGroup(long groupId, Instant now) {
        var l = new Library();
        l.groupId = groupId;
        l.createdAt = now;
        return l;
    }

    Long getSeminarId() {
        return seminarId;
    }

    Long getGroupId() {
        return groupId;
    }
}

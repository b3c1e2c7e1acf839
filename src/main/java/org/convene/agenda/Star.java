package org.convene.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** An agenda item a person starred for their own programme. */
@Entity
@Table(name = "agenda_star")
class Star extends AbstractEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Star() {
    }

    long getItemId() {
        return itemId;
    }
}

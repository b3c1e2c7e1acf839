package org.convene.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.convene.base.AbstractEntity;

/** A room or track of a seminar; items in one room may not overlap. */
@Entity
@Table(name = "agenda_room")
class Room extends AbstractEntity {

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    @Column(name = "name", nullable = false, length = RoomRow.NAME_MAX)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    protected Room() {
    }

    Room(long seminarId, String name, int position) {
        this.seminarId = seminarId;
        this.name = name;
        this.position = position;
    }

    void rename(String name) {
        this.name = name;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}

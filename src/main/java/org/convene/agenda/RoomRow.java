package org.convene.agenda;

/** A room of a seminar's agenda as the editor shows and picks it: plain values, no entity. */
public record RoomRow(long id, String name, int position) {

    public static final int NAME_MAX = 100;

    static RoomRow of(Room r) {
        return new RoomRow(r.getId(), r.getName(), r.getPosition());
    }
}

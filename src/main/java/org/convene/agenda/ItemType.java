package org.convene.agenda;

/** What kind of session an agenda item is; breaks and meals are shown quieter. */
public enum ItemType {
    PLENARY, PANEL, WORKSHOP, WORKING_GROUP, BREAK, MEAL, NETWORKING, FIELD_VISIT;

    public boolean isPause() {
        return this == BREAK || this == MEAL;
    }
}

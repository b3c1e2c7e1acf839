package org.convene.agenda;

/** What a person does in an agenda item. */
public enum PersonRole {
    SPEAKER, CHAIR
}

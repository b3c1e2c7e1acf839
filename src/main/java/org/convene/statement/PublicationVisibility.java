package org.convene.statement;

/** Who reads a published statement: everyone, or the members of its group (and organisers). */
public enum PublicationVisibility {
    PUBLIC, GROUP
}

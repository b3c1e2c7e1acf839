package org.convene.document;

/** An uploaded file (with versions) or a link to elsewhere. */
public enum ItemKind {
    FILE, LINK
}

package org.convene.seminar;

/** PUBLIC seminars are listed in the catalogue; UNLISTED ones are reachable only by their link. */
public enum Visibility {
    PUBLIC, UNLISTED
}

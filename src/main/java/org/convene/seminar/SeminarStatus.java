package org.convene.seminar;

/** Stored lifecycle. "Registration open / closed / full / past" is derived, never stored. */
public enum SeminarStatus {
    DRAFT, PUBLISHED, CANCELLED
}

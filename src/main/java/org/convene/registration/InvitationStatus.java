package org.convene.registration;

/** SENT, ACCEPTED and REVOKED are stored; EXPIRED is a SENT invitation whose seminar has started. */
public enum InvitationStatus {
    SENT, ACCEPTED, REVOKED, EXPIRED
}

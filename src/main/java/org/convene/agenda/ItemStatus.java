package org.convene.agenda;

/** A published item stays listed as cancelled when the organisers remove it after publication. */
public enum ItemStatus {
    SCHEDULED, CANCELLED
}

package org.convene.notification;

/** PENDING waits (maybe for a retry), SENDING is claimed by a sender, SENT went out, FAILED gave up (resendable). */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED
}

package org.convene.statement;

/** A signatory's answer to a frozen version. */
public enum Decision {
    ENDORSED, ENDORSED_WITH_RESERVATION, DECLINED;

    public boolean endorses() {
        return this != DECLINED;
    }
}

package org.convene.statement;

/** When a frozen statement has enough endorsements to be published. */
public enum Quorum {
    /** Every invited signatory endorsed (with or without a reservation). */
    ALL,
    /** More than half of the invited signatories endorsed. */
    MAJORITY;

    public boolean reached(int invited, int endorsed) {
        if (invited == 0) {
            return false;
        }
        return this == ALL ? endorsed == invited : endorsed * 2 > invited;
    }
}

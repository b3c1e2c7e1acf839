package org.convene.registration;

/** Optional self-description, for the gender-disaggregated statistics. */
public enum Gender {
    WOMAN, MAN, NON_BINARY, PREFER_NOT_TO_SAY
}

package org.convene.seminar;

public enum SeminarFormat {
    IN_PERSON, ONLINE, HYBRID;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean hasOnlineLink() {
        return this != IN_PERSON;
    }
}

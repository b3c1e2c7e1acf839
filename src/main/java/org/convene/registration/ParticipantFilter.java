package org.convene.registration;

/** Filters of the organisers' participant grid; null or blank means "any". */
public record ParticipantFilter(RegistrationStatus status, String country, Sector sector, String text) {

    public static ParticipantFilter none() {
        return new ParticipantFilter(null, null, null, null);
    }
}

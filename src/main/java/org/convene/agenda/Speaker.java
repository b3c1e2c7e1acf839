package org.convene.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A speaker or chair as published: copied at publication, so later edits stay in the draft. */
@Embeddable
public record Speaker(
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20) PersonRole role,
        @Column(name = "name", nullable = false, length = PersonForm.NAME_MAX) String name,
        @Column(name = "affiliation", nullable = false, length = PersonForm.AFFILIATION_MAX) String affiliation,
        @Column(name = "bio", nullable = false, length = PersonForm.BIO_MAX) String bio,
        @Column(name = "user_id") Long userId) {

    static Speaker of(Person p, PersonRole role) {
        return new Speaker(role, p.getName(), p.getAffiliation(), p.getBio(), p.getUserId());
    }

    /** "Name (Affiliation)" or just the name. */
    public String label() {
        return affiliation == null || affiliation.isEmpty() ? name : name + " (" + affiliation + ")";
    }
}

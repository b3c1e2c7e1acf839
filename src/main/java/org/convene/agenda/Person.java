package org.convene.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.convene.base.AbstractEntity;

/**
 * A speaker, chair or moderator of a seminar, possibly linked to a Convene account. Kept per
 * seminar so that one person can be picked for several items and overlaps can be found.
 */
@Entity
@Table(name = "agenda_person")
class Person extends AbstractEntity {

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    @Column(name = "name", nullable = false, length = PersonForm.NAME_MAX)
    private String name;

    @Column(name = "affiliation", nullable = false, length = PersonForm.AFFILIATION_MAX)
    private String affiliation = "";

    @Column(name = "bio", nullable = false, length = PersonForm.BIO_MAX)
    private String bio = "";

    @Column(name = "user_id")
    private Long userId;

    protected Person() {
    }

    Person(long seminarId) {
        this.seminarId = seminarId;
    }

    void apply(PersonForm form) {
        name = form.name();
        affiliation = form.affiliation();
        bio = form.bio();
        userId = form.userId();
    }

    public long getSeminarId() {
        return seminarId;
    }

    public String getName() {
        return name;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getBio() {
        return bio;
    }

    public Long getUserId() {
        return userId;
    }
}

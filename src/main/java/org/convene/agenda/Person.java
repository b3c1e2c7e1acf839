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
public class Person extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int AFFILIATION_MAX = 200;
    public static final int BIO_MAX = 1000;

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "affiliation", nullable = false, length = AFFILIATION_MAX)
    private String affiliation = "";

    @Column(name = "bio", nullable = false, length = BIO_MAX)
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

    /** "Name (Affiliation)" or just the name. */
    public String label() {
        return affiliation.isEmpty() ? name : name + " (" + affiliation + ")";
    }
}

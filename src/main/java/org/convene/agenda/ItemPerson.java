package org.convene.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person in an item, as speaker or chair, in the order the organiser chose. */
@Embeddable
public record ItemPerson(
        @Column(name = "person_id", nullable = false) long personId,
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20) PersonRole role) {
}

package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One person in a statement's team (table {@code statement_member}). */
@Embeddable
public class TeamMember {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private TeamRole role;

    protected TeamMember() {
    }

    TeamMember(long userId, TeamRole role) {
        this.userId = userId;
        this.role = role;
    }

    public long getUserId() {
        return userId;
    }

    public TeamRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamMember m && m.userId == userId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId);
    }
}

package org.convene.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** One expert's place in a group. */
@Embeddable
public class Membership {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    Membership(long userId, Instant joinedAt) {
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Membership m && m.userId == userId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId);
    }
}

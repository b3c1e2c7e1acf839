package org.convene.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A statement's header as views and other parts read it: what it is, where it belongs, its status
 * and its team (names resolved; lead first, then co-authors, then reviewers, by name).
 * {@code seminarTitle} and {@code groupName} are null when there is none (or it is gone).
 */
public record StatementSummary(long id, String publicId, String title, Long seminarId, String seminarTitle,
                               Long groupId, String groupName, String language, StatementStatus status,
                               List<Member> team, Instant createdAt, Instant updatedAt) {

    /** A team member with the name to show. */
    public record Member(long userId, String name, TeamRole role) {
    }

    public Optional<Member> lead() {
        return team.stream().filter(m -> m.role() == TeamRole.LEAD).findFirst();
    }

    public Optional<TeamRole> roleOf(long userId) {
        return team.stream().filter(m -> m.userId() == userId).map(Member::role).findFirst();
    }

    public List<Member> withRole(TeamRole role) {
        return team.stream().filter(m -> m.role() == role).toList();
    }
}

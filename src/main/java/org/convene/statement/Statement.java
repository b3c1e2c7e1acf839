package org.convene.statement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.convene.base.AbstractEntity;
import org.convene.base.ConveneException;

/**
 * A statement: its header (title, seminar and/or group, language, status) and drafting team. The
 * body lives in {@link StatementSection} and {@link StatementParagraph} rows. The row doubles as the
 * lock that serialises structure changes (add, move, delete) of its body.
 */
@Entity
@Table(name = "statement")
public class Statement extends AbstractEntity {

    public static final int TITLE_MAX = 200;

    @Column(name = "public_id", nullable = false, length = 36, updatable = false)
    private String publicId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "seminar_id")
    private Long seminarId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private StatementStatus status;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** LAZY: {@link StatementRepository#findById} and {@code findByPublicId} fetch it with the statement. */
    @ElementCollection
    @CollectionTable(name = "statement_member", joinColumns = @JoinColumn(name = "statement_id"))
    private Set<TeamMember> team = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Statement() {
    }

    Statement(String title, Long seminarId, Long groupId, String language, Long createdBy, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.title = title;
        this.seminarId = seminarId;
        this.groupId = groupId;
        this.language = language;
        this.status = StatementStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getTitle() {
        return title;
    }

    public Long getSeminarId() {
        return seminarId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getLanguage() {
        return language;
    }

    public StatementStatus getStatus() {
        return status;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<TeamMember> getTeam() {
        return Collections.unmodifiableSet(team);
    }

    public Optional<TeamRole> roleOf(long userId) {
        return team.stream().filter(m -> m.getUserId() == userId).map(TeamMember::getRole).findFirst();
    }

    /** The edit guard: every content change goes through it. */
    void requireEditable() {
        if (status.frozen()) {
            throw new ConveneException("statement.error.frozen");
        }
    }

    void describe(String title, Long seminarId, Long groupId, String language, Instant now) {
        this.title = title;
        this.seminarId = seminarId;
        this.groupId = groupId;
        this.language = language;
        this.updatedAt = now;
    }

    void replaceTeam(Set<TeamMember> members, Instant now) {
        team.clear();
        team.addAll(members);
        this.updatedAt = now;
    }

    /** The review part's workflow step (DRAFT, IN_REVIEW, SIGN_OFF, PUBLISHED, WITHDRAWN); rules live there. */
    void moveTo(StatementStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}

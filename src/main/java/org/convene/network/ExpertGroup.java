package org.convene.network;

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
import java.util.Set;
import org.convene.base.AbstractEntity;

/** An expert group or network of professionals, with a coordinator and members holding the EXPERT role. */
@Entity
@Table(name = "expert_group")
public class ExpertGroup extends AbstractEntity {

    public static final int NAME_MAX = 150;
    public static final int DESCRIPTION_MAX = 4000;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private GroupKind kind;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @Column(name = "coordinator_id")
    private Long coordinatorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "expert_group_member", joinColumns = @JoinColumn(name = "group_id"))
    private Set<Membership> members = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected ExpertGroup() {
    }

    ExpertGroup(String name, GroupKind kind, String description, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public GroupKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public Long getCoordinatorId() {
        return coordinatorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Membership> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public boolean isMember(long userId) {
        return members.stream().anyMatch(m -> m.getUserId() == userId);
    }

    void rename(String name, GroupKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    void setCoordinatorId(Long coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    boolean add(long userId, Instant at) {
        return members.add(new Membership(userId, at));
    }

    boolean remove(long userId) {
        return members.removeIf(m -> m.getUserId() == userId);
    }
}

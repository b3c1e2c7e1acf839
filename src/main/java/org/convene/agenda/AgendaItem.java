package org.convene.agenda;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.base.AbstractEntity;

/**
 * A session of the draft agenda. Participants never read this: they read the
 * {@link PublishedItem} made from it at the last publication.
 */
@Entity
@Table(name = "agenda_item")
class AgendaItem extends AbstractEntity {

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    @Column(name = "title", nullable = false, length = ItemForm.TITLE_MAX)
    private String title;

    @Column(name = "description", nullable = false, length = ItemForm.DESCRIPTION_MAX)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private ItemType type;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "language", nullable = false, length = 8)
    private String language = "";

    @Column(name = "online_link", nullable = false, length = ItemForm.LINK_MAX)
    private String onlineLink = "";

    @Column(name = "ical_uid", nullable = false, length = 64, updatable = false)
    private String icalUid;

    @Column(name = "removed", nullable = false)
    private boolean removed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "agenda_item_person", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<ItemPerson> people = new ArrayList<>();

    protected AgendaItem() {
    }

    AgendaItem(long seminarId, Instant now) {
        this.seminarId = seminarId;
        this.icalUid = UUID.randomUUID() + "@convene";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(ItemForm f) {
        title = f.title();
        description = f.description();
        type = f.type();
        startsAt = f.startsAt();
        endsAt = f.endsAt();
        roomId = f.roomId();
        language = f.language();
        onlineLink = f.onlineLink();
        people.clear();
        f.speakerIds().forEach(id -> people.add(new ItemPerson(id, PersonRole.SPEAKER)));
        f.chairIds().forEach(id -> people.add(new ItemPerson(id, PersonRole.CHAIR)));
    }

    void moveTo(LocalDateTime start, LocalDateTime end) {
        startsAt = start;
        endsAt = end;
    }

    void moveTo(LocalDateTime start, LocalDateTime end, Long room) {
        moveTo(start, end);
        roomId = room;
    }

    void remove() {
        removed = true;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public List<Long> personIds(PersonRole role) {
        return people.stream().filter(p -> p.role() == role).map(ItemPerson::personId).toList();
    }

    public Set<Long> allPersonIds() {
        return people.stream().map(ItemPerson::personId).collect(Collectors.toSet());
    }

    public long getSeminarId() {
        return seminarId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ItemType getType() {
        return type;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getLanguage() {
        return language;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getIcalUid() {
        return icalUid;
    }

    public boolean isRemoved() {
        return removed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ItemPerson> getPeople() {
        return List.copyOf(people);
    }
}

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
import java.util.Map;
import java.util.Objects;
import org.convene.base.AbstractEntity;

/**
 * An agenda item as participants see it, made at publication from the draft. Its iCalendar
 * SEQUENCE rises whenever a publication changes its time, place or status.
 */
@Entity
@Table(name = "agenda_published_item")
class PublishedItem extends AbstractEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private ItemType type;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "room_name", nullable = false)
    private String roomName;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "online_link", nullable = false)
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ItemStatus status;

    @Column(name = "ical_uid", nullable = false, updatable = false)
    private String icalUid;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Column(name = "first_version", nullable = false, updatable = false)
    private int firstVersion;

    @Column(name = "changed_version", nullable = false)
    private int changedVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @ElementCollection
    @CollectionTable(name = "agenda_published_person", joinColumns = @JoinColumn(name = "published_item_id"))
    @OrderColumn(name = "position")
    private List<Speaker> people = new ArrayList<>();

    protected PublishedItem() {
    }

    PublishedItem(AgendaItem item, Content content, int version, Instant now) {
        this.itemId = item.getId();
        this.seminarId = item.getSeminarId();
        this.icalUid = item.getIcalUid();
        this.firstVersion = version;
        this.changedVersion = version;
        this.createdAt = now;
        this.lastModified = now;
        apply(content);
    }

    /** What a publication copies; two equal contents mean "nothing to publish" for this item. */
    record Content(String title, String description, ItemType type, LocalDateTime startsAt, LocalDateTime endsAt,
                   String roomName, String language, String onlineLink, List<Speaker> people, ItemStatus status) {

        /** What a draft item would look like once published (speakers no longer on the agenda are left out). */
        static Content of(AgendaItem item, Map<Long, String> roomNames, Map<Long, Person> personById) {
            var speakers = item.getPeople().stream()
                    .filter(p -> personById.containsKey(p.personId()))
                    .map(p -> Speaker.of(personById.get(p.personId()), p.role()))
                    .toList();
            var room = item.getRoomId() == null ? "" : roomNames.getOrDefault(item.getRoomId(), "");
            return new Content(item.getTitle(), item.getDescription(), item.getType(), item.getStartsAt(),
                    item.getEndsAt(), room, item.getLanguage(), item.getOnlineLink(), speakers, ItemStatus.SCHEDULED);
        }

        Content cancelled() {
            return new Content(title, description, type, startsAt, endsAt, roomName, language, onlineLink, people,
                    ItemStatus.CANCELLED);
        }

        /** Time, place or status: the changes calendars must hear of (RFC 5546 SEQUENCE). */
        boolean significantlyDiffers(Content o) {
            return !startsAt.equals(o.startsAt) || !endsAt.equals(o.endsAt) || !roomName.equals(o.roomName)
                    || !onlineLink.equals(o.onlineLink) || status != o.status;
        }
    }

    Content content() {
        return new Content(title, description, type, startsAt, endsAt, roomName, language, onlineLink,
                List.copyOf(people), status);
    }

    /**
     * Brings the snapshot in line with the draft; returns true when calendars must be told
     * (the SEQUENCE rose).
     */
    boolean update(Content next, int version, Instant now) {
        var current = content();
        if (current.equals(next)) {
            return false;
        }
        var significant = current.significantlyDiffers(next);
        if (significant) {
            icalSequence++;
        }
        apply(next);
        changedVersion = version;
        lastModified = now;
        return significant;
    }

    private void apply(Content c) {
        title = c.title();
        description = c.description();
        type = c.type();
        startsAt = c.startsAt();
        endsAt = c.endsAt();
        roomName = c.roomName();
        language = c.language();
        onlineLink = c.onlineLink();
        people.clear();
        people.addAll(c.people());
        status = Objects.requireNonNull(c.status());
    }

    AgendaEntry toEntry() {
        return new AgendaEntry(itemId, icalUid, icalSequence, title, description, type, startsAt, endsAt, roomName,
                language, onlineLink, List.copyOf(people), status, changedVersion > firstVersion, changedVersion,
                createdAt, lastModified);
    }

    long getSeminarId() {
        return seminarId;
    }

    long getItemId() {
        return itemId;
    }

    ItemStatus getStatus() {
        return status;
    }

    int getIcalSequence() {
        return icalSequence;
    }
}

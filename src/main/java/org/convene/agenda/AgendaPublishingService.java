package org.convene.agenda;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.base.ConveneException;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing an agenda (the draft becomes what participants see, with iCalendar SEQUENCEs raised
 * where calendars must hear of a change) and reading what was published, for the seminars the
 * reader may see.
 */
@Service
public class AgendaPublishingService {

    private final AgendaRepository agendas;
    private final AgendaItemRepository items;
    private final RoomRepository rooms;
    private final PersonRepository people;
    private final PublishedItemRepository published;
    private final SeminarService seminars;
    private final AgendaLock lock;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgendaPublishingService(AgendaRepository agendas, AgendaItemRepository items, RoomRepository rooms,
                            PersonRepository people, PublishedItemRepository published, SeminarService seminars,
                            AgendaLock lock, ApplicationEventPublisher events, Clock clock) {
        this.agendas = agendas;
        this.items = items;
        this.rooms = rooms;
        this.people = people;
        this.published = published;
        this.seminars = seminars;
        this.lock = lock;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes the draft what participants see and returns the agenda's new version. Published items
     * whose time, place or status changed get a higher iCalendar SEQUENCE and are listed in
     * {@link AgendaChanged}; every publication sends {@link AgendaPublished}.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public int publish(long seminarId) {
        var seminar = lock.editableSeminar(seminarId);
        var agenda = lock.lock(seminarId);
        var all = items.findBySeminarId(seminarId);
        var live = all.stream().filter(i -> !i.isRemoved()).toList();
        if (live.isEmpty() && agenda.getVersion() == 0) {
            throw new ConveneException("agenda.publish.empty");
        }
        for (var item : live) {
            ItemTimes.check(seminar, item.getStartsAt(), item.getEndsAt(), item.getTitle());
        }
        var roomNames = rooms.findBySeminarIdOrderByPositionAscIdAsc(seminarId).stream()
                .collect(Collectors.toMap(Room::getId, Room::getName));
        var personById = people.findBySeminarIdOrderByNameAsc(seminarId).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        var snapshot = published.findBySeminarIdOrderByStartsAtAscRoomNameAscIdAsc(seminarId).stream()
                .collect(Collectors.toMap(PublishedItem::getItemId, Function.identity()));
        var version = agenda.getVersion() + 1;
        var now = clock.instant();
        var anyChange = false;
        var significant = new ArrayList<Long>();
        for (var item : all) {
            var pub = snapshot.get(item.getId());
            if (item.isRemoved()) {
                if (pub != null && pub.update(pub.content().cancelled(), version, now)) {
                    significant.add(item.getId());
                    anyChange = true;
                }
                continue;
            }
            var content = PublishedItem.Content.of(item, roomNames, personById);
            if (pub == null) {
                published.save(new PublishedItem(item, content, version, now));
                anyChange = true;
            } else {
                var before = pub.content();
                if (pub.update(content, version, now)) {
                    significant.add(item.getId());
                }
                anyChange |= !before.equals(content);
            }
        }
        if (!anyChange && agenda.getVersion() > 0) {
            throw new ConveneException("agenda.publish.unchanged", agenda.getVersion());
        }
        agenda.publish(now);
        events.publishEvent(new AgendaPublished(seminarId, version));
        if (version > 1 && !significant.isEmpty()) {
            events.publishEvent(new AgendaChanged(seminarId, version, significant.size()));
        }
        return version;
    }

    /**
     * After the seminar was cancelled: every published session is listed as cancelled with a higher
     * SEQUENCE, so calendars that imported the agenda drop it. For the agenda's own listener.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void cancelPublishedItems(long seminarId) {
        if (!agendas.existsBySeminarId(seminarId)) {
            return;
        }
        var locked = lock.lock(seminarId);
        if (locked.getVersion() == 0) {
            return;
        }
        var now = clock.instant();
        for (var pub : published.findBySeminarIdOrderByStartsAtAscRoomNameAscIdAsc(seminarId)) {
            pub.update(pub.content().cancelled(), locked.getVersion(), now);
        }
        locked.touch(now);
    }

    // ---------------------------------------------------------------- everyone: reading

    /**
     * The published agenda of a seminar the caller may see (by its public link). A seminar without a
     * published agenda gives version 0 and no entries; an unknown or hidden seminar gives nothing.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedAgenda> published(String publicId) {
        return seminars.findByPublicId(publicId).map(this::snapshot);
    }

    /** The same for other modules that hold a seminar id; the same visibility rule. */
    @Transactional(readOnly = true)
    public Optional<PublishedAgenda> publishedForSeminar(long seminarId) {
        return seminars.findVisible(seminarId).map(this::snapshot);
    }

    /**
     * For trusted callers inside the application (feeds, listeners), without a viewer: the published
     * agenda of any seminar that is not a draft.
     */
    @Transactional(readOnly = true)
    Optional<PublishedAgenda> publishedForSystem(long seminarId) {
        return seminars.findForSystem(seminarId).filter(s -> s.status() != SeminarStatus.DRAFT).map(this::snapshot);
    }

    private PublishedAgenda snapshot(SeminarDetails s) {
        var agenda = agendas.findBySeminarId(s.id()).filter(a -> a.getVersion() > 0);
        var entries = agenda.isEmpty() ? List.<AgendaEntry>of()
                : published.findBySeminarIdOrderByStartsAtAscRoomNameAscIdAsc(s.id()).stream()
                        .map(PublishedItem::toEntry).toList();
        return new PublishedAgenda(s.id(), s.publicId(), s.title(), s.venueLine(), s.onlineLink(),
                s.timeZone(), s.startsAt(), s.endsAt(), s.status() == SeminarStatus.CANCELLED,
                agenda.map(Agenda::getVersion).orElse(0), agenda.map(Agenda::getPublishedAt).orElse(null), entries);
    }

}

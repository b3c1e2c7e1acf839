package org.convene.agenda;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.convene.base.i18n.Localized;
import org.convene.base.ui.Formats;
import org.convene.seminar.Seminar;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agendas: organisers edit a draft (items, rooms, speakers) and publish it; participants and the
 * public read only what was published, and only for seminars they may see. Every change of one
 * agenda holds the agenda's row lock and reads committed data (READ COMMITTED: a REPEATABLE READ
 * snapshot taken before the lock would miss the change the lock waited for), so the room and
 * speaker checks cannot race.
 */
@Service
public class AgendaService {

    static final int MAX_PEOPLE_PER_ITEM = 40;
    static final int MAX_SHIFT_MINUTES = 12 * 60;
    static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final AgendaRepository agendas;
    private final AgendaItemRepository items;
    private final RoomRepository rooms;
    private final PersonRepository people;
    private final PublishedItemRepository published;
    private final StarRepository stars;
    private final SeminarService seminars;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    AgendaService(AgendaRepository agendas, AgendaItemRepository items, RoomRepository rooms, PersonRepository people,
                  PublishedItemRepository published, StarRepository stars, SeminarService seminars,
                  AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                  PlatformTransactionManager transactions) {
        this.agendas = agendas;
        this.items = items;
        this.rooms = rooms;
        this.people = people;
        this.published = published;
        this.stars = stars;
        this.seminars = seminars;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---------------------------------------------------------------- organisers: reading the draft

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public AgendaDraft draft(long seminarId) {
        var seminar = seminars.get(seminarId);
        var agenda = agendas.findBySeminarId(seminarId);
        var roomList = rooms.findBySeminarIdOrderByPositionAscIdAsc(seminarId);
        var personList = people.findBySeminarIdOrderByNameAsc(seminarId);
        var all = items.findBySeminarId(seminarId);
        var snapshot = published.findBySeminarIdOrderByStartsAtAscRoomNameAscIdAsc(seminarId).stream()
                .collect(Collectors.toMap(PublishedItem::getItemId, Function.identity()));
        var roomNames = roomList.stream().collect(Collectors.toMap(Room::getId, Room::getName));
        var personById = personList.stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        var fresh = new HashSet<Long>();
        var changed = new HashSet<Long>();
        var pendingRemovals = 0;
        var live = new ArrayList<AgendaItem>();
        for (var item : all) {
            var pub = snapshot.get(item.getId());
            if (item.isRemoved()) {
                if (pub != null && pub.getStatus() != ItemStatus.CANCELLED) {
                    pendingRemovals++;
                }
                continue;
            }
            live.add(item);
            if (pub == null) {
                fresh.add(item.getId());
            } else if (!pub.content().equals(content(item, roomNames, personById))) {
                changed.add(item.getId());
            }
        }
        live.sort(Comparator.comparing(AgendaItem::getStartsAt).thenComparing(AgendaItem::getId));
        return new AgendaDraft(seminar, agenda.map(Agenda::getVersion).orElse(0),
                agenda.map(Agenda::getPublishedAt).orElse(null), roomList, personList, List.copyOf(live),
                Set.copyOf(fresh), Set.copyOf(changed), pendingRemovals);
    }

    // ---------------------------------------------------------------- organisers: items

    /**
     * Creates ({@code itemId} null) or updates an item. Refused when it lies outside the seminar's
     * days, ends before it starts or overlaps another item in the same room (the message names it);
     * a speaker or chair in two overlapping items throws {@link SpeakerConflictException} unless
     * {@code confirmSpeakerConflicts}.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public long saveItem(long seminarId, Long itemId, ItemForm form, boolean confirmSpeakerConflicts) {
        var seminar = editableSeminar(seminarId);
        lock(seminarId);
        AgendaItem item = null;
        if (itemId != null) {
            item = items.findById(itemId).filter(i -> i.getSeminarId() == seminarId && !i.isRemoved())
                    .orElseThrow(NotFoundException::new);
        }
        var clean = validate(seminar, form);
        var all = items.findOverlapping(seminarId, clean.startsAt(), clean.endsAt());
        var changes = new HashMap<Long, Slot>();
        var slot = new Slot(itemId, clean.title(), clean.startsAt(), clean.endsAt(), clean.roomId(), personIds(clean));
        changes.put(itemId == null ? NEW : itemId, slot);
        checkConflicts(all, changes, confirmSpeakerConflicts);
        var now = clock.instant();
        if (item == null) {
            item = new AgendaItem(seminarId, now);
        }
        item.apply(clean);
        item.touch(now);
        items.save(item);
        touchAgenda(seminarId);
        return item.getId();
    }

    /**
     * Deletes an item. One that participants have already seen stays in the published agenda until
     * the next publication, which lists it as cancelled (calendars then remove it).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public void deleteItem(long itemId) {
        var item = items.findById(itemId).filter(i -> !i.isRemoved()).orElseThrow(NotFoundException::new);
        editableSeminar(item.getSeminarId());
        lock(item.getSeminarId());
        if (published.findByItemId(itemId).isPresent()) {
            item.apply(new ItemForm(item.getTitle(), item.getDescription(), item.getType(), item.getStartsAt(),
                    item.getEndsAt(), null, item.getLanguage(), item.getOnlineLink(), List.of(), List.of()));
            item.remove();
            item.touch(clock.instant());
        } else {
            items.delete(item);
        }
        touchAgenda(item.getSeminarId());
    }

    /**
     * Moves this item and every later item of the same day (all rooms) by {@code minutes}, keeping
     * their durations. Refused when an item would leave the seminar's days or run into an item
     * that does not move.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public int shiftFollowing(long itemId, int minutes, boolean confirmSpeakerConflicts) {
        if (minutes == 0 || Math.abs(minutes) > MAX_SHIFT_MINUTES) {
            throw ConveneException.onField("minutes", "agenda.shift.range", MAX_SHIFT_MINUTES);
        }
        var from = items.findById(itemId).filter(i -> !i.isRemoved()).orElseThrow(NotFoundException::new);
        var seminar = editableSeminar(from.getSeminarId());
        lock(seminar.getId());
        var day = from.getStartsAt().toLocalDate();
        var all = items.findBySeminarIdAndRemovedFalseOrderByStartsAtAscIdAsc(seminar.getId());
        var moving = all.stream()
                .filter(i -> i.getStartsAt().toLocalDate().equals(day) && !i.getStartsAt().isBefore(from.getStartsAt()))
                .toList();
        var changes = new HashMap<Long, Slot>();
        for (var i : moving) {
            var start = i.getStartsAt().plusMinutes(minutes);
            var end = i.getEndsAt().plusMinutes(minutes);
            checkTimes(seminar, start, end, i.getTitle());
            changes.put(i.getId(), new Slot(i.getId(), i.getTitle(), start, end, i.getRoomId(), i.allPersonIds()));
        }
        checkConflicts(all, changes, confirmSpeakerConflicts);
        var now = clock.instant();
        for (var i : moving) {
            var s = changes.get(i.getId());
            i.moveTo(s.start(), s.end());
            i.touch(now);
        }
        touchAgenda(seminar.getId());
        return moving.size();
    }

    /**
     * Swaps an item with the one before ({@code earlier}) or after it in the same room on the same
     * day. Both keep their durations and the gap between them, so nothing else moves: the keyboard
     * twin of {@link #reorder}.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public void move(long itemId, boolean earlier, boolean confirmSpeakerConflicts) {
        var item = items.findById(itemId).filter(i -> !i.isRemoved()).orElseThrow(NotFoundException::new);
        var seminar = editableSeminar(item.getSeminarId());
        lock(seminar.getId());
        var all = items.findBySeminarIdAndRemovedFalseOrderByStartsAtAscIdAsc(seminar.getId());
        var lane = lane(all, item.getStartsAt().toLocalDate(), item.getRoomId());
        var index = lane.indexOf(item);
        var otherIndex = earlier ? index - 1 : index + 1;
        if (otherIndex < 0 || otherIndex >= lane.size()) {
            throw new ConveneException(earlier ? "agenda.move.first" : "agenda.move.last");
        }
        var order = new ArrayList<>(lane.stream().map(AgendaItem::getId).toList());
        java.util.Collections.swap(order, index, otherIndex);
        resequence(seminar, all, lane, null, item.getRoomId(), order, confirmSpeakerConflicts);
    }

    /**
     * Puts one room's sessions of one day in the order given (drag and drop in the editor) and
     * recomputes their start times with {@link Resequence}'s rules: the sequence starts where the
     * room's first session started, every session keeps its duration and the gaps stay in place.
     * {@code orderedItemIds} holds every session of that room and day, plus at most one session of
     * the same day from another room (or from no room), which moves into this room. Refused, with
     * nothing stored, when the list does not match the agenda as it is now (someone else changed
     * it), when a session would leave the seminar's days or clash with another session of the
     * room; a speaker in two places throws {@link SpeakerConflictException} unless
     * {@code confirmSpeakerConflicts}. Returns how many sessions changed.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public int reorder(long seminarId, LocalDate day, Long roomId, List<Long> orderedItemIds,
                       boolean confirmSpeakerConflicts) {
        var seminar = editableSeminar(seminarId);
        if (day == null || orderedItemIds == null || orderedItemIds.isEmpty()) {
            throw new ConveneException("validation.required");
        }
        lock(seminarId);
        if (roomId != null && rooms.findById(roomId).filter(r -> r.getSeminarId() == seminarId).isEmpty()) {
            throw ConveneException.onField("roomId", "agenda.room.unknown");
        }
        var all = items.findBySeminarIdAndRemovedFalseOrderByStartsAtAscIdAsc(seminarId);
        var lane = lane(all, day, roomId);
        var laneIds = lane.stream().map(AgendaItem::getId).collect(Collectors.toSet());
        if (orderedItemIds.stream().anyMatch(Objects::isNull)
                || new HashSet<>(orderedItemIds).size() != orderedItemIds.size()
                || !orderedItemIds.containsAll(laneIds)) {
            throw new ConveneException("agenda.reorder.stale");
        }
        var joiningIds = orderedItemIds.stream().filter(id -> !laneIds.contains(id)).toList();
        if (joiningIds.size() > 1) {
            throw new ConveneException("agenda.reorder.stale");
        }
        AgendaItem joining = null;
        if (!joiningIds.isEmpty()) {
            var id = joiningIds.getFirst();
            joining = all.stream().filter(i -> i.getId().equals(id) && i.getStartsAt().toLocalDate().equals(day))
                    .findFirst().orElseThrow(() -> new ConveneException("agenda.reorder.stale"));
        }
        return resequence(seminar, all, lane, joining, roomId, orderedItemIds, confirmSpeakerConflicts);
    }

    /** One room's sessions of one day (or the sessions of that day without a room), in time order. */
    private static List<AgendaItem> lane(List<AgendaItem> all, LocalDate day, Long roomId) {
        return all.stream()
                .filter(i -> Objects.equals(i.getRoomId(), roomId) && i.getStartsAt().toLocalDate().equals(day))
                .sorted(Comparator.comparing(AgendaItem::getStartsAt).thenComparing(AgendaItem::getId))
                .toList();
    }

    private int resequence(Seminar seminar, List<AgendaItem> all, List<AgendaItem> lane, AgendaItem joining,
                           Long roomId, List<Long> order, boolean confirmSpeakerConflicts) {
        var times = Resequence.recompute(
                lane.stream().map(i -> new Resequence.Timed(i.getId(), i.getStartsAt(), i.getEndsAt())).toList(),
                joining == null ? null : new Resequence.Timed(joining.getId(), joining.getStartsAt(), joining.getEndsAt()),
                order);
        var byId = all.stream().collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        var changes = new HashMap<Long, Slot>();
        for (var t : times) {
            var i = byId.get(t.id());
            if (i.getStartsAt().equals(t.start()) && i.getEndsAt().equals(t.end())
                    && Objects.equals(i.getRoomId(), roomId)) {
                continue;
            }
            checkTimes(seminar, t.start(), t.end(), i.getTitle());
            changes.put(i.getId(), new Slot(i.getId(), i.getTitle(), t.start(), t.end(), roomId, i.allPersonIds()));
        }
        if (changes.isEmpty()) {
            return 0;
        }
        checkConflicts(all, changes, confirmSpeakerConflicts);
        var now = clock.instant();
        for (var s : changes.values()) {
            var i = byId.get(s.id());
            i.moveTo(s.start(), s.end(), s.roomId());
            i.touch(now);
        }
        touchAgenda(seminar.getId());
        return changes.size();
    }

    // ---------------------------------------------------------------- organisers: rooms and people

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public long saveRoom(long seminarId, Long roomId, String name) {
        editableSeminar(seminarId);
        lock(seminarId);
        var clean = Validation.requireLine(name, "name", Room.NAME_MAX);
        var existing = rooms.findBySeminarIdOrderByPositionAscIdAsc(seminarId);
        if (existing.stream().anyMatch(r -> !r.getId().equals(roomId) && r.getName().equalsIgnoreCase(clean))) {
            throw ConveneException.onField("name", "agenda.room.taken");
        }
        Room room;
        if (roomId == null) {
            room = new Room(seminarId, clean, existing.size());
        } else {
            room = existing.stream().filter(r -> r.getId().equals(roomId)).findFirst().orElseThrow(NotFoundException::new);
            room.rename(clean);
        }
        try {
            rooms.saveAndFlush(room);
        } catch (DataIntegrityViolationException e) {
            // The collation also equates accents ("Café" = "Cafe"): the unique key has the last word.
            throw ConveneException.onField("name", "agenda.room.taken");
        }
        touchAgenda(seminarId);
        return room.getId();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public void deleteRoom(long roomId) {
        var room = rooms.findById(roomId).orElseThrow(NotFoundException::new);
        editableSeminar(room.getSeminarId());
        lock(room.getSeminarId());
        if (items.existsByRoomIdAndRemovedFalse(roomId)) {
            throw new ConveneException("agenda.room.in-use", room.getName());
        }
        rooms.delete(room);
        touchAgenda(room.getSeminarId());
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public long savePerson(long seminarId, Long personId, PersonForm form) {
        editableSeminar(seminarId);
        lock(seminarId);
        if (form == null) {
            throw new ConveneException("validation.required");
        }
        var name = Validation.requireLine(form.name(), "name", Person.NAME_MAX);
        var affiliation = Validation.optionalLine(form.affiliation(), "affiliation", Person.AFFILIATION_MAX);
        var bio = Validation.optionalText(form.bio(), "bio", Person.BIO_MAX);
        if (form.userId() != null && accounts.findAll(List.of(form.userId())).isEmpty()) {
            throw ConveneException.onField("userId", "agenda.person.user-unknown");
        }
        var existing = people.findBySeminarIdOrderByNameAsc(seminarId);
        if (existing.stream().anyMatch(p -> !p.getId().equals(personId) && p.getName().equalsIgnoreCase(name))) {
            throw ConveneException.onField("name", "agenda.person.taken");
        }
        Person person;
        if (personId == null) {
            person = new Person(seminarId);
        } else {
            person = existing.stream().filter(p -> p.getId().equals(personId)).findFirst()
                    .orElseThrow(NotFoundException::new);
        }
        person.apply(new PersonForm(name, affiliation, bio, form.userId()));
        try {
            people.saveAndFlush(person);
        } catch (DataIntegrityViolationException e) {
            throw ConveneException.onField("name", "agenda.person.taken");
        }
        touchAgenda(seminarId);
        return person.getId();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public void deletePerson(long personId) {
        var person = people.findById(personId).orElseThrow(NotFoundException::new);
        editableSeminar(person.getSeminarId());
        lock(person.getSeminarId());
        if (items.usesPerson(personId)) {
            throw new ConveneException("agenda.person.in-use", person.getName());
        }
        people.delete(person);
    }

    // ---------------------------------------------------------------- organisers: publishing

    /**
     * Makes the draft what participants see and returns the agenda's new version. Published items
     * whose time, place or status changed get a higher iCalendar SEQUENCE and are listed in
     * {@link AgendaChanged}; every publication sends {@link AgendaPublished}.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public int publish(long seminarId) {
        var seminar = editableSeminar(seminarId);
        var agenda = lock(seminarId);
        var all = items.findBySeminarId(seminarId);
        var live = all.stream().filter(i -> !i.isRemoved()).toList();
        if (live.isEmpty() && agenda.getVersion() == 0) {
            throw new ConveneException("agenda.publish.empty");
        }
        for (var item : live) {
            checkTimes(seminar, item.getStartsAt(), item.getEndsAt(), item.getTitle());
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
            var content = content(item, roomNames, personById);
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
        var locked = lock(seminarId);
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
        return seminars.findForSystem(seminarId).filter(s -> s.getStatus() != SeminarStatus.DRAFT).map(this::snapshot);
    }

    /** Published items a person starred, by seminar (at most {@code max} items, most recently starred first). */
    @Transactional(readOnly = true)
    Map<Long, Set<Long>> starredPublishedItems(long userId, int max) {
        var result = new java.util.LinkedHashMap<Long, Set<Long>>();
        for (var row : stars.starredPublishedItems(userId, org.springframework.data.domain.PageRequest.of(0, max))) {
            result.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        return result;
    }

    /** Accounts linked to a speaker of this seminar's agenda (the document module lets them share presentations). */
    @Transactional(readOnly = true)
    public Set<Long> speakerUserIds(long seminarId) {
        return Set.copyOf(people.speakerUserIds(seminarId));
    }

    /** Items of this seminar the signed-in person starred; empty for visitors. */
    @Transactional(readOnly = true)
    public Set<Long> starredItemIds(long seminarId) {
        return currentUser.get().map(me -> Set.copyOf(stars.starredItemIds(me.id(), seminarId))).orElse(Set.of());
    }

    /** Stars or un-stars a published item for the signed-in person. */
    @Transactional
    public void setStarred(long itemId, boolean starred) {
        var me = currentUser.require();
        var item = published.findByItemId(itemId).orElseThrow(NotFoundException::new);
        seminars.findVisible(item.getSeminarId()).orElseThrow(NotFoundException::new);
        if (starred) {
            stars.add(me.id(), itemId, clock.instant());
        } else {
            stars.remove(me.id(), itemId);
        }
    }

    // ---------------------------------------------------------------- rules

    private PublishedAgenda snapshot(Seminar s) {
        var agenda = agendas.findBySeminarId(s.getId()).filter(a -> a.getVersion() > 0);
        var entries = agenda.isEmpty() ? List.<AgendaEntry>of()
                : published.findBySeminarIdOrderByStartsAtAscRoomNameAscIdAsc(s.getId()).stream()
                        .map(PublishedItem::toEntry).toList();
        return new PublishedAgenda(s.getId(), s.getPublicId(), s.getTitle(), s.venueLine(), s.getOnlineLink(),
                s.getTimeZone(), s.getStartsAt(), s.getEndsAt(), s.getStatus() == SeminarStatus.CANCELLED,
                agenda.map(Agenda::getVersion).orElse(0), agenda.map(Agenda::getPublishedAt).orElse(null), entries);
    }

    private Seminar editableSeminar(long seminarId) {
        var seminar = seminars.get(seminarId);
        if (seminar.getStatus() == SeminarStatus.CANCELLED) {
            throw new ConveneException("agenda.seminar.cancelled");
        }
        return seminar;
    }

    /**
     * Takes the agenda's row lock for this transaction. The row is created first, in a transaction
     * of its own, when missing: inserting it here would leave gap and shared locks that deadlock
     * two concurrent first edits.
     */
    private Agenda lock(long seminarId) {
        if (!agendas.existsBySeminarId(seminarId)) {
            newTransaction.executeWithoutResult(status -> agendas.createIfAbsent(seminarId, clock.instant()));
        }
        return agendas.lock(seminarId).orElseThrow(NotFoundException::new);
    }

    private void touchAgenda(long seminarId) {
        agendas.findBySeminarId(seminarId).ifPresent(a -> a.touch(clock.instant()));
    }

    private static PublishedItem.Content content(AgendaItem item, Map<Long, String> roomNames,
                                                 Map<Long, Person> personById) {
        var speakers = item.getPeople().stream()
                .filter(p -> personById.containsKey(p.personId()))
                .map(p -> Speaker.of(personById.get(p.personId()), p.role()))
                .toList();
        var room = item.getRoomId() == null ? "" : roomNames.getOrDefault(item.getRoomId(), "");
        return new PublishedItem.Content(item.getTitle(), item.getDescription(), item.getType(), item.getStartsAt(),
                item.getEndsAt(), room, item.getLanguage(), item.getOnlineLink(), speakers, ItemStatus.SCHEDULED);
    }

    ItemForm validate(Seminar seminar, ItemForm f) {
        if (f == null) {
            throw new ConveneException("validation.required");
        }
        var title = Validation.requireLine(f.title(), "title", AgendaItem.TITLE_MAX);
        var description = Validation.optionalText(f.description(), "description", AgendaItem.DESCRIPTION_MAX);
        if (f.type() == null) {
            throw ConveneException.onField("type", "validation.required");
        }
        if (f.startsAt() == null) {
            throw ConveneException.onField("startsAt", "validation.required");
        }
        if (f.endsAt() == null) {
            throw ConveneException.onField("endsAt", "validation.required");
        }
        var start = f.startsAt().withSecond(0).withNano(0);
        var end = f.endsAt().withSecond(0).withNano(0);
        checkTimes(seminar, start, end, null);
        if (f.roomId() != null && rooms.findById(f.roomId()).filter(r -> r.getSeminarId() == seminar.getId()).isEmpty()) {
            throw ConveneException.onField("roomId", "agenda.room.unknown");
        }
        var language = Validation.optionalLine(f.language(), "language", 8).toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && (language.length() != 2 || !LANGUAGES.contains(language))) {
            throw ConveneException.onField("language", "agenda.language.invalid");
        }
        var link = Validation.optionalLine(f.onlineLink(), "onlineLink", AgendaItem.LINK_MAX);
        if (!link.isEmpty()) {
            requireWebLink(link);
        }
        var speakers = distinct(f.speakerIds(), "speakerIds");
        var chairs = distinct(f.chairIds(), "chairIds");
        if (speakers.size() + chairs.size() > MAX_PEOPLE_PER_ITEM) {
            throw ConveneException.onField("speakerIds", "agenda.people.too-many", MAX_PEOPLE_PER_ITEM);
        }
        var known = people.findBySeminarIdOrderByNameAsc(seminar.getId()).stream().map(Person::getId)
                .collect(Collectors.toSet());
        if (!known.containsAll(speakers)) {
            throw ConveneException.onField("speakerIds", "agenda.person.unknown");
        }
        if (!known.containsAll(chairs)) {
            throw ConveneException.onField("chairIds", "agenda.person.unknown");
        }
        return new ItemForm(title, description, f.type(), start, end, f.roomId(), language, link,
                List.copyOf(speakers), List.copyOf(chairs));
    }

    private static LinkedHashSet<Long> distinct(List<Long> ids, String field) {
        var set = new LinkedHashSet<Long>();
        for (var id : ids) {
            if (id == null || !set.add(id)) {
                throw ConveneException.onField(field, "agenda.person.twice");
            }
        }
        return set;
    }

    /** End after start, both inside the seminar's days, neither in a daylight-saving gap. */
    static void checkTimes(Seminar seminar, LocalDateTime start, LocalDateTime end, String title) {
        if (!end.isAfter(start)) {
            throw ConveneException.onField("endsAt", "agenda.item.end-before-start");
        }
        var firstDay = seminar.getStartsAt().toLocalDate();
        var lastDay = seminar.getEndsAt().toLocalDate();
        if (start.toLocalDate().isBefore(firstDay) || end.isAfter(lastDay.plusDays(1).atStartOfDay())) {
            throw title == null
                    ? ConveneException.onField("startsAt", "agenda.item.outside-dates", firstDay, lastDay)
                    : new ConveneException("agenda.item.outside-dates-named", title, firstDay, lastDay);
        }
        var zone = seminar.getTimeZone();
        if (inGap(start, zone)) {
            throw ConveneException.onField("startsAt", "agenda.item.dst-gap", zone.getId());
        }
        if (inGap(end, zone)) {
            throw ConveneException.onField("endsAt", "agenda.item.dst-gap", zone.getId());
        }
    }

    private static boolean inGap(LocalDateTime t, ZoneId zone) {
        return !ZonedDateTime.ofLocal(t, zone, null).toLocalDateTime().equals(t);
    }

    static void requireWebLink(String link) {
        try {
            var uri = new URI(link);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw ConveneException.onField("onlineLink", "agenda.link.invalid");
            }
        } catch (URISyntaxException e) {
            throw ConveneException.onField("onlineLink", "agenda.link.invalid");
        }
    }

    private static final long NEW = -1L;

    /** Where and when an item is (or would be), with whom: what the conflict checks compare. */
    private record Slot(Long id, String title, LocalDateTime start, LocalDateTime end, Long roomId,
                        Set<Long> personIds) {
        boolean overlaps(Slot o) {
            return start.isBefore(o.end) && o.start.isBefore(end);
        }
    }

    private static Set<Long> personIds(ItemForm f) {
        var ids = new HashSet<Long>(f.speakerIds());
        ids.addAll(f.chairIds());
        return ids;
    }

    /**
     * Checks the changed (or new) slots against every other item as it will be: a room clash is
     * refused, a person in two places is a warning unless confirmed.
     */
    private void checkConflicts(List<AgendaItem> all, Map<Long, Slot> changes, boolean confirmSpeakerConflicts) {
        var after = new ArrayList<Slot>();
        for (var i : all) {
            after.add(changes.getOrDefault(i.getId(),
                    new Slot(i.getId(), i.getTitle(), i.getStartsAt(), i.getEndsAt(), i.getRoomId(), i.allPersonIds())));
        }
        if (changes.containsKey(NEW)) {
            after.add(changes.get(NEW));
        }
        var clashes = new ArrayList<SpeakerConflict>();
        var names = new HashMap<Long, String>();
        var roomClashes = new ArrayList<RoomClash>();
        for (var changed : changes.values()) {
            for (var other : after) {
                if (other == changed || Objects.equals(other.id(), changed.id()) && other.id() != null
                        || !changed.overlaps(other)) {
                    continue;
                }
                if (changed.roomId() != null && changed.roomId().equals(other.roomId())) {
                    roomClashes.add(new RoomClash(other.title(), other.start(), other.end()));
                    continue;
                }
                for (var personId : changed.personIds()) {
                    if (other.personIds().contains(personId)) {
                        var name = names.computeIfAbsent(personId,
                                id -> people.findById(id).map(Person::getName).orElse("?"));
                        var conflict = new SpeakerConflict(name, other.id() == null ? 0 : other.id(), other.title(),
                                other.start(), other.end());
                        if (!clashes.contains(conflict)) {
                            clashes.add(conflict);
                        }
                    }
                }
            }
        }
        if (!roomClashes.isEmpty()) {
            throw ConveneException.onField("startsAt", "agenda.room.conflict",
                    new RoomClashes(roomClashes.stream().distinct().sorted(java.util.Comparator.comparing(RoomClash::start)).toList()));
        }
        if (!clashes.isEmpty() && !confirmSpeakerConflicts) {
            throw new SpeakerConflictException(clashes);
        }
    }

    record RoomClash(String title, LocalDateTime start, LocalDateTime end) implements java.io.Serializable {
    }

    /** Every session a slot would share its room with, each with its times, in the reader's language. */
    record RoomClashes(List<RoomClash> clashes) implements Localized {
        @Override
        public String in(Locale locale) {
            var french = "fr".equals(locale.getLanguage());
            var named = clashes.stream().map(c -> (french ? "«\u00A0" + c.title() + "\u00A0»" : "“" + c.title() + "”")
                    + " (" + Formats.timeRange(c.start(), c.end(), locale) + ")").toList();
            return com.ibm.icu.text.ListFormatter.getInstance(com.ibm.icu.util.ULocale.forLocale(locale)).format(named);
        }
    }
}

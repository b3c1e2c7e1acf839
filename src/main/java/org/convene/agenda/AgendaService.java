package org.convene.agenda;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.agenda.SlotConflicts.Slot;
import org.convene.base.ConveneException;
import org.convene.base.IsoCodes;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing an agenda's draft: its items, their times, moving and reordering them. Rooms and people
 * are in {@link RoomsAndPeopleService}, publishing and reading the published agenda in
 * {@link AgendaPublishingService}, stars in {@link AgendaStarService}. Every change of one agenda
 * holds the agenda's row lock ({@link AgendaLock}) and reads committed data (READ COMMITTED: a
 * REPEATABLE READ snapshot taken before the lock would miss the change the lock waited for), so the
 * room and speaker checks ({@link SlotConflicts}) cannot race.
 */
@Service
public class AgendaService {

    static final int MAX_PEOPLE_PER_ITEM = 40;
    static final int MAX_SHIFT_MINUTES = 12 * 60;

    private final AgendaRepository agendas;
    private final AgendaItemRepository items;
    private final RoomRepository rooms;
    private final PersonRepository people;
    private final PublishedItemRepository published;
    private final SeminarService seminars;
    private final AgendaLock lock;
    private final Clock clock;

    AgendaService(AgendaRepository agendas, AgendaItemRepository items, RoomRepository rooms, PersonRepository people,
                  PublishedItemRepository published, SeminarService seminars, AgendaLock lock, Clock clock) {
        this.agendas = agendas;
        this.items = items;
        this.rooms = rooms;
        this.people = people;
        this.published = published;
        this.seminars = seminars;
        this.lock = lock;
        this.clock = clock;
    }

    /** The draft as the editor shows it, read in one transaction and handed over as records. */
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
            } else if (!pub.content().equals(PublishedItem.Content.of(item, roomNames, personById))) {
                changed.add(item.getId());
            }
        }
        live.sort(Comparator.comparing(AgendaItem::getStartsAt).thenComparing(AgendaItem::getId));
        var info = new AgendaDraft.SeminarInfo(seminar.id(), seminar.publicId(), seminar.title(),
                seminar.startsAt().toLocalDate(), seminar.endsAt().toLocalDate());
        return new AgendaDraft(info, agenda.map(Agenda::getVersion).orElse(0),
                agenda.map(Agenda::getPublishedAt).orElse(null), roomList.stream().map(RoomRow::of).toList(),
                personList.stream().map(PersonRow::of).toList(), live.stream().map(DraftItem::of).toList(),
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
        var seminar = lock.editableSeminar(seminarId);
        lock.lock(seminarId);
        AgendaItem item = null;
        if (itemId != null) {
            item = items.findById(itemId).filter(i -> i.getSeminarId() == seminarId && !i.isRemoved())
                    .orElseThrow(NotFoundException::new);
        }
        var clean = validate(seminar, form);
        var all = items.findOverlapping(seminarId, clean.startsAt(), clean.endsAt());
        var changes = new HashMap<Long, Slot>();
        var slot = new Slot(itemId, clean.title(), clean.startsAt(), clean.endsAt(), clean.roomId(),
                SlotConflicts.personIds(clean));
        changes.put(itemId == null ? SlotConflicts.NEW : itemId, slot);
        checkConflicts(all, changes, confirmSpeakerConflicts);
        var now = clock.instant();
        if (item == null) {
            item = new AgendaItem(seminarId, now);
        }
        item.apply(clean);
        item.touch(now);
        items.save(item);
        lock.touch(seminarId);
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
        lock.editableSeminar(item.getSeminarId());
        lock.lock(item.getSeminarId());
        if (published.findByItemId(itemId).isPresent()) {
            item.apply(new ItemForm(item.getTitle(), item.getDescription(), item.getType(), item.getStartsAt(),
                    item.getEndsAt(), null, item.getLanguage(), item.getOnlineLink(), List.of(), List.of()));
            item.remove();
            item.touch(clock.instant());
        } else {
            items.delete(item);
        }
        lock.touch(item.getSeminarId());
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
        var seminar = lock.editableSeminar(from.getSeminarId());
        lock.lock(seminar.id());
        var day = from.getStartsAt().toLocalDate();
        var all = items.findBySeminarIdAndRemovedFalseOrderByStartsAtAscIdAsc(seminar.id());
        var moving = all.stream()
                .filter(i -> i.getStartsAt().toLocalDate().equals(day) && !i.getStartsAt().isBefore(from.getStartsAt()))
                .toList();
        var changes = new HashMap<Long, Slot>();
        for (var i : moving) {
            var start = i.getStartsAt().plusMinutes(minutes);
            var end = i.getEndsAt().plusMinutes(minutes);
            ItemTimes.check(seminar, start, end, i.getTitle());
            changes.put(i.getId(), new Slot(i.getId(), i.getTitle(), start, end, i.getRoomId(), i.allPersonIds()));
        }
        checkConflicts(all, changes, confirmSpeakerConflicts);
        var now = clock.instant();
        for (var i : moving) {
            var s = changes.get(i.getId());
            i.moveTo(s.start(), s.end());
            i.touch(now);
        }
        lock.touch(seminar.id());
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
        var seminar = lock.editableSeminar(item.getSeminarId());
        lock.lock(seminar.id());
        var all = items.findBySeminarIdAndRemovedFalseOrderByStartsAtAscIdAsc(seminar.id());
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
        var seminar = lock.editableSeminar(seminarId);
        if (day == null || orderedItemIds == null || orderedItemIds.isEmpty()) {
            throw new ConveneException("validation.required");
        }
        lock.lock(seminarId);
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

    private int resequence(SeminarDetails seminar, List<AgendaItem> all, List<AgendaItem> lane, AgendaItem joining,
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
            ItemTimes.check(seminar, t.start(), t.end(), i.getTitle());
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
        lock.touch(seminar.id());
        return changes.size();
    }

    ItemForm validate(SeminarDetails seminar, ItemForm f) {
        if (f == null) {
            throw new ConveneException("validation.required");
        }
        var title = Validation.requireLine(f.title(), "title", ItemForm.TITLE_MAX);
        var description = Validation.optionalText(f.description(), "description", ItemForm.DESCRIPTION_MAX);
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
        ItemTimes.check(seminar, start, end, null);
        if (f.roomId() != null && rooms.findById(f.roomId()).filter(r -> r.getSeminarId() == seminar.id()).isEmpty()) {
            throw ConveneException.onField("roomId", "agenda.room.unknown");
        }
        var language = Validation.optionalLine(f.language(), "language", 8).toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !IsoCodes.isLanguage(language)) {
            throw ConveneException.onField("language", "agenda.language.invalid");
        }
        var link = Validation.optionalLine(f.onlineLink(), "onlineLink", ItemForm.LINK_MAX);
        if (!link.isEmpty()) {
            requireWebLink(link);
        }
        var speakers = distinct(f.speakerIds(), "speakerIds");
        var chairs = distinct(f.chairIds(), "chairIds");
        if (speakers.size() + chairs.size() > MAX_PEOPLE_PER_ITEM) {
            throw ConveneException.onField("speakerIds", "agenda.people.too-many", MAX_PEOPLE_PER_ITEM);
        }
        var known = people.findBySeminarIdOrderByNameAsc(seminar.id()).stream().map(Person::getId)
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


    /** Checks the changed (or new) slots against every item as it will be; see {@link SlotConflicts}. */
    private void checkConflicts(List<AgendaItem> all, Map<Long, Slot> changes, boolean confirmSpeakerConflicts) {
        SlotConflicts.check(all.stream().map(Slot::of).toList(), changes, confirmSpeakerConflicts,
                id -> people.findById(id).map(Person::getName).orElse("?"));
    }
}

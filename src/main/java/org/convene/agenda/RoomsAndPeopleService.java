package org.convene.agenda;

import java.util.List;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agenda's rooms and people (speakers and chairs, possibly linked to an account), under the
 * agenda's lock like every draft change ({@link AgendaLock}). A room or person still used by an
 * item cannot be deleted; names are unique per seminar, accents and case aside.
 */
@Service
public class RoomsAndPeopleService {

    private final AgendaItemRepository items;
    private final RoomRepository rooms;
    private final PersonRepository people;
    private final AccountService accounts;
    private final AgendaLock lock;

    RoomsAndPeopleService(AgendaItemRepository items, RoomRepository rooms, PersonRepository people,
                          AccountService accounts, AgendaLock lock) {
        this.items = items;
        this.rooms = rooms;
        this.people = people;
        this.accounts = accounts;
        this.lock = lock;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public long saveRoom(long seminarId, Long roomId, String name) {
        lock.editableSeminar(seminarId);
        lock.lock(seminarId);
        var clean = Validation.requireLine(name, "name", RoomRow.NAME_MAX);
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
        lock.touch(seminarId);
        return room.getId();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public void deleteRoom(long roomId) {
        var room = rooms.findById(roomId).orElseThrow(NotFoundException::new);
        lock.editableSeminar(room.getSeminarId());
        lock.lock(room.getSeminarId());
        if (items.existsByRoomIdAndRemovedFalse(roomId)) {
            throw new ConveneException("agenda.room.in-use", room.getName());
        }
        rooms.delete(room);
        lock.touch(room.getSeminarId());
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public long savePerson(long seminarId, Long personId, PersonForm form) {
        lock.editableSeminar(seminarId);
        lock.lock(seminarId);
        if (form == null) {
            throw new ConveneException("validation.required");
        }
        var name = Validation.requireLine(form.name(), "name", PersonForm.NAME_MAX);
        var affiliation = Validation.optionalLine(form.affiliation(), "affiliation", PersonForm.AFFILIATION_MAX);
        var bio = Validation.optionalText(form.bio(), "bio", PersonForm.BIO_MAX);
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
        lock.touch(seminarId);
        return person.getId();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public void deletePerson(long personId) {
        var person = people.findById(personId).orElseThrow(NotFoundException::new);
        lock.editableSeminar(person.getSeminarId());
        lock.lock(person.getSeminarId());
        if (items.usesPerson(personId)) {
            throw new ConveneException("agenda.person.in-use", person.getName());
        }
        people.delete(person);
    }

    /** Accounts linked to a speaker of this seminar's agenda (the document module lets them share presentations). */
    @Transactional(readOnly = true)
    public Set<Long> speakerUserIds(long seminarId) {
        return Set.copyOf(people.speakerUserIds(seminarId));
    }
}

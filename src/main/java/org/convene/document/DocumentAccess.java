package org.convene.document;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.base.NotFoundException;
import org.convene.network.NetworkService;
import org.convene.registration.RegistrationService;
import org.convene.registration.RegistrationStatus;
import org.convene.seminar.SeminarService;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a library, decided once per call from the caller's security context:
 * organisers manage every library; a group's coordinator manages the group's; members add to it;
 * a seminar's speakers add to its speakers' folders (Presentations). How far one sees: organisers,
 * speakers and coordinators everything, confirmed participants and members up to PARTICIPANTS,
 * everybody else PUBLIC. A draft seminar's library does not exist for non-organisers.
 */
@Component
class DocumentAccess {

    /** The caller's rights in one library. {@code me} is -1 for visitors. */
    record Rights(Library library, long me, DocumentVisibility level, boolean manage, boolean member, boolean speaker) {

        Set<DocumentVisibility> levels() {
            var set = EnumSet.noneOf(DocumentVisibility.class);
            for (var v : DocumentVisibility.values()) {
                if (v.visibleTo(level)) {
                    set.add(v);
                }
            }
            return set;
        }

        boolean sees(Item item, Folder folder) {
            var v = item.getVisibility() != null ? item.getVisibility() : folder.getVisibility();
            return v.visibleTo(level) || (me > 0 && item.getAddedBy() != null && item.getAddedBy() == me);
        }

        boolean seesFolder(Folder folder) {
            return folder.getVisibility().visibleTo(level) || canAddTo(folder);
        }

        boolean canAddTo(Folder folder) {
            return !folder.isTrashed() && (manage || member || (speaker && folder.isSpeakersAdd()));
        }

        boolean canChange(Item item, Folder folder) {
            return manage || (me > 0 && item.getAddedBy() != null && item.getAddedBy() == me && canAddTo(folder));
        }

        LibraryInfo info() {
            return new LibraryInfo(library.getId(), library.getSeminarId(), library.getGroupId(), level, manage,
                    manage || member);
        }
    }

    private final CurrentUser currentUser;
    private final SeminarService seminars;
    private final NetworkService network;
    private final RegistrationService registrations;
    private final RoomsAndPeopleService agenda;

    DocumentAccess(CurrentUser currentUser, SeminarService seminars, NetworkService network,
                   RegistrationService registrations, RoomsAndPeopleService agenda) {
        this.currentUser = currentUser;
        this.seminars = seminars;
        this.network = network;
        this.registrations = registrations;
        this.agenda = agenda;
    }

    /** The caller's rights, or 404 when the library's seminar is hidden from them. */
    Rights of(Library library) {
        long me = currentUser.get().map(u -> u.id()).orElse(-1L);
        var organiser = currentUser.hasRole(Role.ORGANISER);
        if (library.getSeminarId() != null) {
            long seminarId = library.getSeminarId();
            seminars.findVisible(seminarId).orElseThrow(NotFoundException::new);
            if (organiser) {
                return new Rights(library, me, DocumentVisibility.ORGANISERS, true, false, false);
            }
            var speaker = me > 0 && agenda.speakerUserIds(seminarId).contains(me);
            if (speaker) {
                return new Rights(library, me, DocumentVisibility.ORGANISERS, false, false, true);
            }
            var confirmed = me > 0 && registrations.mine(seminarId)
                    .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).isPresent();
            return new Rights(library, me, confirmed ? DocumentVisibility.PARTICIPANTS : DocumentVisibility.PUBLIC,
                    false, false, false);
        }
        var group = network.findForSystem(library.getGroupId()).orElseThrow(NotFoundException::new);
        if (organiser || (group.getCoordinatorId() != null && group.getCoordinatorId() == me)) {
            return new Rights(library, me, DocumentVisibility.ORGANISERS, true, me > 0 && group.isMember(me), false);
        }
        var member = me > 0 && group.isMember(me);
        return new Rights(library, me, member ? DocumentVisibility.PARTICIPANTS : DocumentVisibility.PUBLIC,
                false, member, false);
    }

    /** Who sees an item of this visibility, for "tell the participants" (no caller involved). */
    List<Long> audience(Library library, DocumentVisibility visibility) {
        var ids = new LinkedHashSet<Long>();
        if (library.getSeminarId() != null) {
            long seminarId = library.getSeminarId();
            if (visibility == DocumentVisibility.ORGANISERS) {
                ids.addAll(seminars.organiserIds(seminarId));
                ids.addAll(agenda.speakerUserIds(seminarId));
            } else {
                ids.addAll(registrations.confirmedUserIds(seminarId));
            }
        } else {
            network.findForSystem(library.getGroupId()).ifPresent(group -> {
                if (visibility != DocumentVisibility.ORGANISERS) {
                    group.getMembers().forEach(m -> ids.add(m.getUserId()));
                }
                if (group.getCoordinatorId() != null) {
                    ids.add(group.getCoordinatorId());
                }
            });
        }
        return List.copyOf(ids);
    }
}

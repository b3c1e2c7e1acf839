package org.convene.calendar;

import java.util.Optional;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Add to my calendar" on My seminars: the signed-in person's own invitation to a seminar where they
 * hold a confirmed place, the same METHOD:REQUEST file with them as the only ATTENDEE that their
 * confirmation e-mail carries. Anybody else (no place, waiting list, a draft or cancelled seminar,
 * nobody signed in) gets nothing.
 */
@Service
public class MyInvitationService {

    private final SeminarService seminars;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final IcsRenderer calendar;
    private final ObjectProvider<PersonalCalendarSource> sources;

    MyInvitationService(SeminarService seminars, AccountService accounts, CurrentUser currentUser,
                        IcsRenderer calendar, ObjectProvider<PersonalCalendarSource> sources) {
        this.seminars = seminars;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public Optional<IcsDocument> invitation(String seminarPublicId) {
        var me = currentUser.get();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        var userId = me.get().id();
        return seminars.findByPublicId(seminarPublicId)
                .filter(s -> s.status() == SeminarStatus.PUBLISHED)
                .filter(s -> sources.orderedStream().anyMatch(source -> source.confirmedSeminarIds(userId).contains(s.id())))
                .map(s -> {
                    var user = accounts.me();
                    var body = calendar.request(s, new CalendarRecipient(user.getEmail(), user.getDisplayName()));
                    return IcsDocument.of(body, "convene-" + s.publicId() + "-invitation.ics", s.updatedAt());
                });
    }

    /** The address of {@link #invitation} for a seminar, relative to the application root. */
    public static String path(String seminarPublicId) {
        return "api/my/seminars/" + seminarPublicId + "/invitation.ics";
    }
}

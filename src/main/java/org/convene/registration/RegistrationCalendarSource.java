package org.convene.registration;

import java.util.EnumSet;
import java.util.List;
import org.convene.calendar.ParticipantDirectory;
import org.convene.calendar.PersonalCalendarSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the calendar module (feeds) and, through it, notifications who takes part in what: a person's
 * confirmed seminars for their own feed, and a seminar's participants for change and cancellation messages.
 */
@Component
class RegistrationCalendarSource implements PersonalCalendarSource, ParticipantDirectory {

    private static final EnumSet<RegistrationStatus> ACTIVE = EnumSet.of(RegistrationStatus.PENDING,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final RegistrationRepository registrations;

    RegistrationCalendarSource(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> confirmedSeminarIds(long userId) {
        return registrations.seminarIds(userId, RegistrationStatus.CONFIRMED);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> activeParticipantUserIds(long seminarId) {
        return registrations.userIds(seminarId, ACTIVE);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> confirmedParticipantUserIds(long seminarId) {
        return registrations.userIds(seminarId, RegistrationStatus.CONFIRMED);
    }
}

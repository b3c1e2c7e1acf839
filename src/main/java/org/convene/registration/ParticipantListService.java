package org.convene.registration;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.NotFoundException;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant list of a seminar as its participants see it: the confirmed participants who
 * agreed to be shown, with name, organisation and country only. Seen by the seminar's confirmed
 * participants (and organisers, who see every registration anyway); for anybody else the list does
 * not exist ({@link NotFoundException}), so that it does not even tell who may see it.
 */
@Service
public class ParticipantListService {

    /** One line of the list: nothing more than the consent covers. */
    public record ListedParticipant(String name, String organisation, String country) {
    }

    /** The list with what its page and PDF show of the seminar. */
    public record ParticipantList(SeminarDetails seminar, List<ListedParticipant> participants) {
    }

    private final RegistrationRepository registrations;
    private final SeminarService seminars;
    private final CurrentUser currentUser;
    private final ParticipantListPdf pdf;

    ParticipantListService(RegistrationRepository registrations, SeminarService seminars, CurrentUser currentUser,
                           ParticipantListPdf pdf) {
        this.registrations = registrations;
        this.seminars = seminars;
        this.currentUser = currentUser;
        this.pdf = pdf;
    }

    /** Whether the signed-in person may see the list of this seminar (false for visitors). */
    @Transactional(readOnly = true)
    public boolean maySee(long seminarId) {
        var me = currentUser.get();
        if (me.isEmpty()) {
            return false;
        }
        return me.get().hasRole(Role.ORGANISER) || registrations.findBySeminarIdAndUserId(seminarId, me.get().id())
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).isPresent();
    }

    /** The list of a seminar reached by its public link; not found for anybody who may not see it. */
    @Transactional(readOnly = true)
    public ParticipantList list(String seminarPublicId) {
        var seminar = seminars.findByPublicId(seminarPublicId).filter(s -> maySee(s.id()))
                .orElseThrow(NotFoundException::new);
        return new ParticipantList(seminar, registrations.listed(seminar.id()).stream()
                .map(r -> new ListedParticipant(r.getFullName(), r.getOrganisation(), r.getCountry()))
                .toList());
    }

    /** The same list as an A4 PDF in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] pdf(String seminarPublicId, Locale locale) {
        return pdf.render(list(seminarPublicId), locale);
    }

    /** The list's PDF address for a seminar, relative to the application root. */
    public static String pdfPath(String seminarPublicId) {
        return "api/seminars/" + seminarPublicId + "/participant-list.pdf";
    }

    static Optional<String> countryName(String code, Locale locale) {
        return code == null || code.isBlank() ? Optional.empty()
                : Optional.of(Locale.of("", code).getDisplayCountry(locale));
    }
}

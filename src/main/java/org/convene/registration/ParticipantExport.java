package org.convene.registration;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.base.NotFoundException;
import org.convene.base.i18n.TranslationProvider;
import org.convene.seminar.SeminarService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participant list of a seminar as CSV, for organisers. Codes stay codes (ISO, enum names) for re-use. */
@Service
public class ParticipantExport {

    static final int CHUNK = 1000;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    static final List<String> COLUMNS = List.of("name", "email", "organisation", "country", "sector", "gender", "status",
            "waitlist-position", "accessibility", "dietary", "interpretation", "listed", "registered-at", "attended-at");

    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final AnswerRepository answers;
    private final SeminarService seminars;
    private final TranslationProvider i18n;

    ParticipantExport(RegistrationRepository registrations, QuestionRepository questions, AnswerRepository answers,
                      SeminarService seminars, TranslationProvider i18n) {
        this.registrations = registrations;
        this.questions = questions;
        this.answers = answers;
        this.seminars = seminars;
        this.i18n = i18n;
    }

    /** A file name for the seminar's export (its public id, never its title). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public String fileName(long seminarId) {
        return "participants-" + seminars.get(seminarId).publicId() + ".csv";
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public byte[] participantsCsv(long seminarId, Locale locale) {
        seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
        var asked = questions.findBySeminarIdOrderByPositionAsc(seminarId);
        var header = new ArrayList<String>();
        COLUMNS.forEach(c -> header.add(i18n.getTranslation("export." + c, locale)));
        asked.forEach(q -> header.add(q.getLabel()));
        var rows = new ArrayList<List<String>>();
        var page = PageRequest.of(0, CHUNK);
        while (true) {
            var slice = registrations.findBySeminarIdOrderByFullNameAscIdAsc(seminarId, page);
            var answered = new HashMap<Long, Map<Long, String>>();
            if (!asked.isEmpty() && slice.hasContent()) {
                answers.findByRegistrationIdIn(slice.map(Registration::getId).toList()).forEach(a -> answered
                        .computeIfAbsent(a.getRegistrationId(), k -> new HashMap<>()).put(a.getQuestionId(), a.getAnswer()));
            }
            slice.forEach(r -> {
                var row = new ArrayList<>(row(r));
                var mine = answered.getOrDefault(r.getId(), Map.of());
                // One column per question; the options of a multiple choice separated by "; ".
                asked.forEach(q -> row.add(mine.getOrDefault(q.getId(), "").replace("\n",
                        q.getKind() == QuestionKind.MULTIPLE_CHOICE ? "; " : "\n")));
                rows.add(row);
            });
            if (!slice.hasNext()) {
                break;
            }
            page = page.next();
        }
        return Csv.write(header, rows);
    }

    private static List<String> row(Registration r) {
        return List.of(r.getFullName(), r.getEmail(), r.getOrganisation(), r.getCountry(), r.getSector().name(),
                r.getGender() == null ? "" : r.getGender().name(), r.getStatus().name(),
                r.getWaitlistPosition() == null ? "" : r.getWaitlistPosition().toString(), r.getAccessibilityNeeds(),
                r.getDietaryNeeds(), r.getInterpretationLanguage(), r.isListedConsent() ? "yes" : "no",
                INSTANT.format(r.getCreatedAt()), r.getAttendedAt() == null ? "" : INSTANT.format(r.getAttendedAt()));
    }
}

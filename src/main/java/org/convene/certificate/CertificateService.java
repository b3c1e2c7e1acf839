package org.convene.certificate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.account.AccountDeleted;
import org.convene.agenda.AgendaEntry;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.PublishedAgenda;
import org.convene.base.ConveneException;
import org.convene.base.ConveneSettings;
import org.convene.base.NotFoundException;
import org.convene.registration.AttendanceService;
import org.convene.registration.AttendanceService.Attendance;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of attendance. A participant checked in at a seminar that has ended gets theirs
 * (issued on first request, the same one afterwards); organisers get all of a seminar's at once;
 * anybody may check a code, and sees only what the certificate states. Refusals are "not found"
 * for participants (nothing says whether someone else attended).
 */
@Service
public class CertificateService {

    private final SeminarService seminars;
    private final AttendanceService attendance;
    private final AgendaPublishingService agendas;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String issuer;

    CertificateService(SeminarService seminars, AttendanceService attendance, AgendaPublishingService agendas, JdbcClient jdbc,
                       Clock clock, ConveneSettings settings) {
        this.seminars = seminars;
        this.attendance = attendance;
        this.agendas = agendas;
        this.jdbc = jdbc;
        this.clock = clock;
        this.issuer = settings.organisation().name();
    }

    /** Path of a participant's certificate, relative to the application root. */
    public static String myPath(String seminarPublicId) {
        return "api/my/seminars/" + seminarPublicId + "/certificate.pdf";
    }

    /** Path of a seminar's ZIP, relative to the application root. */
    public static String zipPath(long seminarId) {
        return "api/seminars/" + seminarId + "/certificates.zip";
    }

    /** Whether the signed-in person may download a certificate for this seminar now. */
    @Transactional(readOnly = true)
    public boolean available(SeminarDetails seminar) {
        return eligible(seminar) && attendance.mine(seminar.id()).isPresent();
    }

    /** The signed-in person's certificate for the seminar reached by its public link. */
    @Transactional
    public Certificate mine(String seminarPublicId) {
        var seminar = seminars.findByPublicId(seminarPublicId).filter(this::eligible).orElseThrow(NotFoundException::new);
        var mine = attendance.mine(seminar.id()).orElseThrow(NotFoundException::new);
        return issue(seminar, mine);
    }

    /** Every certificate of a seminar that has ended, one per person checked in, by name: for organisers. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public List<Certificate> all(long seminarId) {
        var seminar = seminars.get(seminarId);
        if (!eligible(seminar)) {
            throw new ConveneException("certificate.not-ended");
        }
        var result = new ArrayList<Certificate>();
        for (var a : attendance.attended(seminarId)) {
            result.add(issue(seminar, a));
        }
        return result;
    }

    /** Checked in at a seminar that has ended, for organisers' overview. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public int attendedCount(long seminarId) {
        return attendance.attended(seminarId).size();
    }

    /** Public: the certificate with this code, as issued; nothing for anything else. */
    @Transactional(readOnly = true)
    public Optional<Certificate> verify(String typedCode) {
        return VerificationCodes.parse(typedCode).flatMap(code -> find("code = ?", code));
    }

    /** The seminar took place: published (not a draft, not cancelled) and over. */
    boolean eligible(SeminarDetails seminar) {
        return seminar.status() == SeminarStatus.PUBLISHED && seminar.isPast(clock);
    }

    private Certificate issue(SeminarDetails seminar, Attendance who) {
        var existing = find("registration_id = ?", who.registrationId());
        if (existing.isPresent()) {
            return existing.get();
        }
        var minutes = agendas.publishedForSeminar(seminar.id()).filter(PublishedAgenda::isPublished)
                .map(a -> (int) AttendedTime.of(a.entries().stream()
                        .filter(e -> !e.type().isPause() && !e.isCancelled())
                        .map(CertificateService::slot).toList()).toMinutes())
                .orElse(null);
        var place = seminar.format() != null && seminar.format().hasVenue() ? seminar.venueLine() : "";
        // A concurrent first download of the same certificate inserts nothing here and reads the other's row.
        jdbc.sql("""
                        INSERT INTO certificate (code, registration_id, seminar_id, user_id, full_name, seminar_title, place,
                                                 starts_on, ends_on, minutes_attended, issuer, issued_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE id = id""")
                .params(VerificationCodes.next(), who.registrationId(), seminar.id(), who.userId(), who.fullName(),
                        seminar.title(), place, seminar.startsAt().toLocalDate(), seminar.endsAt().toLocalDate(),
                        minutes, issuer, java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .update();
        return find("registration_id = ?", who.registrationId()).orElseThrow();
    }

    private static AttendedTime.Slot slot(AgendaEntry e) {
        return new AttendedTime.Slot(e.startsAt(), e.endsAt());
    }

    private Optional<Certificate> find(String where, Object value) {
        return jdbc.sql("""
                        SELECT code, registration_id, seminar_id, full_name, seminar_title, place, starts_on, ends_on,
                               minutes_attended, issuer, issued_at
                        FROM certificate WHERE """ + " " + where)
                .param(value)
                .query((rs, n) -> {
                    var minutes = rs.getObject(9, Integer.class);
                    return new Certificate(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, java.time.LocalDate.class),
                            rs.getObject(8, java.time.LocalDate.class), minutes, rs.getString(10),
                            rs.getObject(11, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC));
                })
                .optional();
    }

    /** A deleted account takes its certificates along: they can no longer be checked. */
    @EventListener
    void on(AccountDeleted event) {
        jdbc.sql("DELETE FROM certificate WHERE user_id = ?").param(event.userId()).update();
    }
}

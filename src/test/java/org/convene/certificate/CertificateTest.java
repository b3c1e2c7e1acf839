package org.convene.certificate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.agenda.AgendaService;
import org.convene.agenda.ItemForm;
import org.convene.agenda.ItemType;
import org.convene.base.NotFoundException;
import org.convene.certificate.ui.CertificatesView;
import org.convene.certificate.ui.VerifyCertificateView;
import org.convene.registration.RegistrationService;
import org.convene.registration.ui.MyRegistrationsView;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Item 20 of issue 11: certificates of attendance, their ZIP for organisers and the public check. */
class CertificateTest extends KaribuTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    RegistrationService registrations;
    @Autowired
    org.convene.registration.OrganiserRegistrationService organiserRegistrations;
    @Autowired
    AgendaService agendas;
    @Autowired
    org.convene.agenda.AgendaPublishingService publishing;
    @Autowired
    org.convene.agenda.RoomsAndPeopleService rooms;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificatePdf pdf;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;

    String organiser;
    long seminarId;
    String publicId;
    String title;
    String attended;
    String absent;

    /**
     * A two-day seminar in Palermo whose agenda holds 5 hours of sessions (90 min, a break, two
     * parallel panels 11:00-12:30 and 11:30-12:30, a cancelled item, 2 h the next day), one person
     * checked in and one not; then moved 20 days into the past, as if it had taken place.
     */
    @BeforeEach
    void aSeminarThatTookPlace() {
        organiser = aUser("Certificate Organiser", Role.ORGANISER);
        signIn(organiser);
        title = "Certified " + UUID.randomUUID();
        seminarId = seminars.create(aSeminarForm(title, 10, 10));
        seminars.publish(seminarId);
        var seminar = seminars.get(seminarId);
        publicId = seminar.publicId();
        var day = seminar.startsAt().toLocalDate().atStartOfDay();
        var roomA = rooms.saveRoom(seminarId, null, "Sala Martorana");
        var roomB = rooms.saveRoom(seminarId, null, "Sala Gialla");
        item("Opening plenary", ItemType.PLENARY, day.withHour(9), day.withHour(10).withMinute(30), roomA);
        item("Coffee", ItemType.BREAK, day.withHour(10).withMinute(30), day.withHour(11), roomA);
        item("Panel A", ItemType.PANEL, day.withHour(11), day.withHour(12).withMinute(30), roomA);
        item("Panel B", ItemType.PANEL, day.withHour(11).withMinute(30), day.withHour(12).withMinute(30), roomB);
        var cancelled = item("Dropped session", ItemType.WORKSHOP, day.withHour(15), day.withHour(16), roomA);
        item("Workshop", ItemType.WORKSHOP, day.plusDays(1).withHour(9), day.plusDays(1).withHour(11), roomA);
        publishing.publish(seminarId);
        agendas.deleteItem(cancelled);
        publishing.publish(seminarId);

        attended = uniqueEmail("ines.lefevre");
        var email = attended;
        org.convene.base.security.SystemAuthentication.run(() -> accounts.createAccount(
                new org.convene.account.SignUpForm("Inès Lefèvre-Attendee", email, PASSWORD), Locale.ENGLISH,
                java.util.EnumSet.of(Role.PARTICIPANT)));
        absent = aUser("Absent Participant");
        var attendedId = register(attended);
        register(absent);
        signIn(organiser);
        organiserRegistrations.setAttended(attendedId, true);
        jdbc.update("""
                UPDATE seminar SET starts_at = starts_at - INTERVAL 20 DAY, ends_at = ends_at - INTERVAL 20 DAY,
                  starts_utc = starts_utc - INTERVAL 20 DAY, ends_utc = ends_utc - INTERVAL 20 DAY,
                  registration_opens_at = registration_opens_at - INTERVAL 20 DAY,
                  registration_closes_at = registration_closes_at - INTERVAL 20 DAY WHERE id = ?""", seminarId);
        signOut();
    }

    private long item(String name, ItemType type, java.time.LocalDateTime start, java.time.LocalDateTime end, long room) {
        return agendas.saveItem(seminarId, null, new ItemForm(name, "", type, start, end, room, "", "", List.of(), List.of()), false);
    }

    private long register(String email) {
        signIn(email);
        return registrations.register(seminarId, aRegistrationForm());
    }

    @Test
    void a_checked_in_participant_gets_one_certificate_with_the_hours_of_the_agenda() {
        signIn(attended);
        var first = certificates.mine(publicId);
        assertThat(first.fullName()).isEqualTo("Inès Lefèvre-Attendee");
        assertThat(first.seminarTitle()).isEqualTo(title);
        assertThat(first.place()).contains("Palazzo delle Aquile", "Palermo");
        assertThat(first.minutesAttended()).isEqualTo(300);
        assertThat(first.endsOn()).isEqualTo(first.startsOn().plusDays(1));
        assertThat(first.code()).hasSize(26);
        assertThat(certificates.mine(publicId)).isEqualTo(first);

        var text = text(pdf.render(first, Locale.ENGLISH));
        assertThat(text).contains("Certificate of attendance", "Inès Lefèvre-Attendee", title, "Palazzo delle Aquile",
                "Time attended: 5 hours of sessions", first.displayCode(), "/certificates/verify/" + first.displayCode(), "For ");
        var french = text(pdf.render(first, Locale.FRENCH));
        assertThat(french).contains("Attestation de présence", "Inès Lefèvre-Attendee", "5 heures", first.displayCode());
    }

    @Test
    void nobody_else_gets_one_and_not_before_the_end() {
        signIn(absent);
        assertThatThrownBy(() -> certificates.mine(publicId)).isInstanceOf(NotFoundException.class);
        signIn(aUser("Stranger To Certificates"));
        assertThatThrownBy(() -> certificates.mine(publicId)).isInstanceOf(NotFoundException.class);
        signIn(attended);
        assertThatThrownBy(() -> certificates.mine("nosuchseminar")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.all(seminarId)).isInstanceOf(AuthorizationDeniedException.class);

        // Still to come: checked in early, but no certificate yet.
        signIn(organiser);
        var future = seminars.create(aSeminarForm("Future " + UUID.randomUUID(), 10, 10));
        seminars.publish(future);
        var futurePublicId = seminars.get(future).publicId();
        signIn(attended);
        var early = registrations.register(future, aRegistrationForm());
        signIn(organiser);
        organiserRegistrations.setAttended(early, true);
        signIn(attended);
        assertThatThrownBy(() -> certificates.mine(futurePublicId)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM certificate WHERE seminar_id = ?", Long.class, future)).isZero();
    }

    @Test
    void the_public_check_shows_what_the_certificate_states_and_nothing_for_other_codes() {
        signIn(attended);
        var certificate = certificates.mine(publicId);
        signOut();

        UI.getCurrent().navigate("certificates/verify/" + certificate.displayCode());
        _get(Paragraph.class, spec -> spec.withId("verify-valid"));
        var facts = _get(DescriptionList.class, spec -> spec.withId("verify-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("Inès Lefèvre-Attendee", title, "Palazzo delle Aquile", "5 hours", certificate.displayCode())
                .doesNotContain("@", "Ministry of Health");

        UI.getCurrent().navigate(VerifyCertificateView.class);
        var code = _get(TextField.class, spec -> spec.withId("verify-code"));
        code.setValue(certificate.code().substring(0, 25) + (certificate.code().endsWith("0") ? "1" : "0"));
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("verify-check")).click();
        _get(Paragraph.class, spec -> spec.withId("verify-unknown"));
        assertThat(_find(DescriptionList.class, spec -> spec.withId("verify-facts"))).isEmpty();

        code.setValue("1234");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("verify-check")).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(certificates.verify("' OR 1=1 --")).isEmpty();
    }

    @Test
    void my_seminars_offers_the_certificate_to_the_checked_in_participant_only() {
        signIn(attended);
        open(MyRegistrationsView.class);
        var cell = GridKt._getCellComponent(_get(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("my-registrations")), 0, "seminar");
        var link = _find(cell, Anchor.class, spec -> spec.withId("my-certificate-" + publicId));
        assertThat(link).hasSize(1);
        assertThat(link.getFirst().getHref()).isEqualTo("api/my/seminars/" + publicId + "/certificate.pdf");

        signIn(absent);
        open(MyRegistrationsView.class);
        var other = GridKt._getCellComponent(_get(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("my-registrations")), 0, "seminar");
        assertThat(_find(other, Anchor.class, spec -> spec.withId("my-certificate-" + publicId))).isEmpty();
    }

    @Test
    void organisers_download_every_certificate_as_one_zip_and_others_are_refused() throws Exception {
        signIn(organiser);
        UI.getCurrent().navigate("organiser/seminars/" + seminarId + "/certificates");
        assertThat(_get(Paragraph.class, spec -> spec.withId("certificates-count")).getText()).startsWith("1 participant");
        assertThat(_get(Anchor.class, spec -> spec.withId("certificates-zip")).getHref())
                .isEqualTo("api/seminars/" + seminarId + "/certificates.zip");
        signOut();

        var started = mvc.perform(get("/" + CertificateService.zipPath(seminarId)).with(user(organiser)));
        var response = mvc.perform(asyncDispatch(started.getMvcResult())).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        var entries = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                assertThat(text(zip.readAllBytes())).contains("Inès Lefèvre-Attendee", title);
            }
        }
        assertThat(entries).containsExactly("certificate-ines-lefevre-attendee.pdf");

        assertThat(mvc.perform(get("/" + CertificateService.zipPath(seminarId)).with(user(attended)))
                .getResponse().getStatus()).isEqualTo(403);
        var own = mvc.perform(get("/" + CertificateService.myPath(publicId)).with(user(attended))).getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(text(own.getContentAsByteArray())).contains("Inès Lefèvre-Attendee");
        assertThat(mvc.perform(get("/" + CertificateService.myPath(publicId)).with(user(absent)))
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void the_certificates_page_waits_for_the_end_of_a_seminar() {
        signIn(organiser);
        var future = seminars.create(aSeminarForm("Not over " + UUID.randomUUID(), 10, 10));
        seminars.publish(future);
        UI.getCurrent().navigate(CertificatesView.class, new com.vaadin.flow.router.RouteParameters("seminarId", String.valueOf(future)));
        _get(Paragraph.class, spec -> spec.withId("certificates-not-ended"));
        assertThat(_find(Anchor.class, spec -> spec.withId("certificates-zip"))).isEmpty();
    }

    private static String text(byte[] bytes) {
        try (var doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor user(String email) {
        return org.convene.TestRequests.as(userDetailsService, email);
    }
}

package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withApproval;
import static org.convene.seminar.SeminarFixtures.withWindow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class InvitationServiceTest extends IntegrationTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    RegistrationService registrations;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("Invitation Organiser", Role.ORGANISER);
    }

    @Test
    void an_invitation_stores_only_the_hash_of_its_token_and_publishes_the_raw_token_once() throws Exception {
        var seminar = published(aSeminarForm("Invite hash " + UUID.randomUUID(), 30, 10));
        var email = uniqueEmail("invitee.hash");
        var id = invitations.invite(seminar, new InvitationForm("Ines Invitee", " " + email.toUpperCase() + " ", "NGO", "pt"));

        var event = events.stream(InvitationCreated.class).filter(e -> e.invitationId() == id).findFirst().orElseThrow();
        assertThat(event.seminarId()).isEqualTo(seminar);
        assertThat(event.email()).isEqualTo(email);
        assertThat(event.name()).isEqualTo("Ines Invitee");
        assertThat(event.token()).matches("[A-Za-z0-9_-]{43}");
        var stored = jdbc.queryForMap("SELECT * FROM invitation WHERE id = ?", id);
        var expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(event.token().getBytes(StandardCharsets.US_ASCII)));
        assertThat(stored.get("token_hash")).isEqualTo(expected);
        assertThat(stored.values()).noneMatch(v -> v != null && v.toString().contains(event.token()));
        assertThat(stored.get("country")).isEqualTo("PT");
        assertThat(invitations.open(event.token())).get().extracting(InvitationDetails::status).isEqualTo(InvitationStatus.SENT);

        assertThatThrownBy(() -> invitations.invite(seminar, new InvitationForm("Again", email, "", "")))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("invitation.already-invited"));
        assertThatThrownBy(() -> invitations.invite(seminar, new InvitationForm("Bad", "not-an-email", "", "")))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("email"));
        assertThatThrownBy(() -> invitations.invite(seminar, new InvitationForm("Bad", uniqueEmail("x"), "", "XX")))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("country"));
        assertThat(invitations.page(seminar, Pageable.ofSize(10)).getTotalElements()).isEqualTo(1);

        signIn(aUser("Not An Organiser"));
        assertThatThrownBy(() -> invitations.invite(seminar, new InvitationForm("Sneaky", uniqueEmail("sneaky"), "", "")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_csv_preview_shows_every_problem_and_saves_nothing_then_saving_stores_the_valid_rows_only() {
        var seminar = published(aSeminarForm("Invite list " + UUID.randomUUID(), 30, 10));
        var registered = aUser("Already Registered");
        signIn(registered);
        registrations.register(seminar, aRegistrationForm());
        signIn(organiser);
        var invited = uniqueEmail("already.invited");
        invitations.invite(seminar, new InvitationForm("Already Invited", invited, "", ""));
        var good = uniqueEmail("good.row");
        var semicolon = uniqueEmail("second.good");
        var csv = ("\uFEFFName,E-mail,Organisation,Country\n".replace("E-mail", "email")
                + "Good Row," + good + ",\"Ministry, of Health\",fr\n"
                + "Bad Mail,not-an-address,,\n"
                + "Twice," + good.toUpperCase() + ",,\n"
                + "Registered," + registered + ",,\n"
                + "Invited," + invited + ",,\n"
                + "," + uniqueEmail("nameless") + ",,\n"
                + "Far Away," + uniqueEmail("far") + ",,ZZ\n"
                + "Second Good," + semicolon + ",=cmd,\n").getBytes(StandardCharsets.UTF_8);
        var before = events.stream(InvitationCreated.class).count();

        var preview = invitations.preview(seminar, csv);

        assertThat(preview.rows()).extracting(InvitationImport.Row::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(preview.rows()).extracting(r -> r.problems().stream().map(InvitationImport.Problem::messageKey).toList())
                .containsExactly(List.of(), List.of("invitation.import.email-invalid"), List.of("invitation.import.duplicate"),
                        List.of("invitation.import.registered"), List.of("invitation.import.invited"),
                        List.of("invitation.import.name-missing"), List.of("invitation.import.country-unknown"), List.of());
        assertThat(preview.rows().get(2).problems().getFirst().argument()).isEqualTo("2");
        assertThat(preview.rows().getFirst().organisation()).isEqualTo("Ministry, of Health");
        assertThat(preview.validCount()).isEqualTo(2);
        assertThat(invitations.page(seminar, Pageable.ofSize(50)).getTotalElements()).isEqualTo(1);
        assertThat(events.stream(InvitationCreated.class).count()).isEqualTo(before);

        assertThat(invitations.importValid(seminar, csv)).isEqualTo(2);
        assertThat(invitations.page(seminar, Pageable.ofSize(50)).map(InvitationRow::email))
                .containsExactlyInAnyOrder(invited, good, semicolon);
        assertThat(events.stream(InvitationCreated.class).count()).isEqualTo(before + 2);

        assertThatThrownBy(() -> invitations.preview(seminar, "nom;courriel\nA;b@c.de\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("invitation.import.header"));
        assertThatThrownBy(() -> invitations.preview(seminar, new byte[] {'n', 'a', 'm', 'e', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("invitation.import.not-utf8"));
    }

    @Test
    void accepting_an_invitation_to_a_seminar_with_approval_confirms_directly_and_uses_up_the_link() {
        var seminar = published(withApproval(aSeminarForm("Invite approval " + UUID.randomUUID(), 30, 10)));
        var person = aUser("Invited Expert");
        var token = invite(seminar, person);

        signIn(person);
        var id = registrations.acceptInvitation(token, aRegistrationForm(), Map.of());

        assertThat(registrations.findForSystem(id).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(events.stream(RegistrationConfirmed.class)).extracting(RegistrationConfirmed::registrationId).contains(id);
        assertThat(invitations.open(token)).get().extracting(InvitationDetails::status).isEqualTo(InvitationStatus.ACCEPTED);
        assertThatThrownBy(() -> registrations.acceptInvitation(token, aRegistrationForm(), Map.of()))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("invitation.used"));
    }

    @Test
    void an_invitation_bypasses_a_closed_window_but_not_the_capacity() {
        var form = withWindow(aSeminarForm("Invite closed " + UUID.randomUUID(), 30, 1),
                LocalDateTime.now().minusDays(5), LocalDateTime.now().minusDays(2));
        var seminar = published(form);
        var first = aUser("First Invitee");
        var second = aUser("Second Invitee");
        var firstToken = invite(seminar, first);
        var secondToken = invite(seminar, second);

        signIn(aUser("Uninvited Person"));
        assertThatThrownBy(() -> registrations.register(seminar, aRegistrationForm()))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("registration.closed"));
        signIn(first);
        var a = registrations.acceptInvitation(firstToken, aRegistrationForm(), Map.of());
        signIn(second);
        var b = registrations.acceptInvitation(secondToken, aRegistrationForm(), Map.of());

        assertThat(registrations.findForSystem(a).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        var waiting = registrations.findForSystem(b).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waiting.getWaitlistPosition()).isEqualTo(1);
    }

    @Test
    void a_revoked_or_unknown_token_is_refused_and_nothing_is_stored() {
        var seminar = published(aSeminarForm("Invite revoked " + UUID.randomUUID(), 30, 10));
        var person = aUser("Revoked Invitee");
        var token = invite(seminar, person);
        var id = events.stream(InvitationCreated.class).filter(e -> e.token().equals(token)).findFirst().orElseThrow().invitationId();
        invitations.revoke(id);

        assertThat(invitations.open(token)).isEmpty();
        assertThat(invitations.open("x".repeat(43))).isEmpty();
        assertThat(invitations.open("../../etc")).isEmpty();
        signIn(person);
        for (var t : List.of(token, "x".repeat(43), "")) {
            assertThatThrownBy(() -> registrations.acceptInvitation(t, aRegistrationForm(), Map.of()))
                    .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("invitation.invalid"));
        }
        assertThat(registrations.mine(seminar)).isEmpty();
        signIn(organiser);
        assertThat(invitations.page(seminar, Pageable.ofSize(10)).getContent().getFirst().status()).isEqualTo(InvitationStatus.REVOKED);
        assertThatThrownBy(() -> invitations.revoke(id))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("invitation.revoke.not-sent"));
    }

    private String invite(long seminar, String email) {
        signIn(organiser);
        var id = invitations.invite(seminar, new InvitationForm("Guest " + email, email, "", ""));
        return events.stream(InvitationCreated.class).filter(e -> e.invitationId() == id)
                .reduce((x, y) -> y).orElseThrow().token();
    }

    private long published(SeminarForm form) {
        signIn(organiser);
        var id = seminars.create(form);
        seminars.publish(id);
        return id;
    }
}

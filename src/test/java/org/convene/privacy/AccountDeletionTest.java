package org.convene.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.convene.registration.Gender;
import org.convene.registration.OrganiserRegistrationService;
import org.convene.registration.RegistrationService;
import org.convene.registration.RegistrationStatistics;
import org.convene.registration.RegistrationStatus;
import org.convene.registration.Sector;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AccountDeletionTest extends IntegrationTest {

    @Autowired
    PersonalDataService personalData;
    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    RegistrationStatistics statistics;
    @Autowired
    SeminarService seminars;
    @Autowired
    NetworkService network;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvcTester mvc;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("Privacy Organiser", Role.ORGANISER);
    }

    @Test
    void deletion_anonymises_registrations_and_the_statistics_stay_the_same() {
        var seminar = seminar("Held " + UUID.randomUUID(), 5);
        var leaving = aUser("Leaving Person");
        signIn(leaving);
        var regId = registrations.register(seminar, aRegistrationForm("PT", Sector.NGO_CIVIL_SOCIETY, Gender.WOMAN));
        signIn(aUser("Staying Person"));
        registrations.register(seminar, aRegistrationForm("ES", Sector.HEALTH, Gender.MAN));
        signIn(organiser);
        organisers.setAttended(regId, true);
        tookPlaceLastMonth(seminar);
        var before = statistics.forSeminar(seminar);

        signIn(leaving);
        personalData.deleteMyAccount(PASSWORD);

        assertThat(accounts.exists(leaving)).isFalse();
        signIn(organiser);
        var anonymised = organisers.get(regId);
        assertThat(anonymised.getUserId()).isNull();
        assertThat(anonymised.getFullName()).isEmpty();
        assertThat(anonymised.getEmail()).isEmpty();
        assertThat(anonymised.getOrganisation()).isEmpty();
        assertThat(anonymised.getAnonymisedAt()).isNotNull();
        assertThat(anonymised.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(anonymised.getCountry()).isEqualTo("PT");
        assertThat(anonymised.getAttendedAt()).isNotNull();
        assertThat(statistics.forSeminar(seminar)).isEqualTo(before);
    }

    @Test
    void a_seat_for_a_future_seminar_is_released_and_the_first_on_the_waiting_list_promoted() {
        var seminar = seminar("Future " + UUID.randomUUID(), 1);
        var leaving = aUser("Seat Holder");
        signIn(leaving);
        var seat = registrations.register(seminar, aRegistrationForm());
        signIn(aUser("First In Line"));
        var waiting = registrations.register(seminar, aRegistrationForm());
        signIn(aUser("Second In Line"));
        var second = registrations.register(seminar, aRegistrationForm());

        signIn(leaving);
        personalData.deleteMyAccount(PASSWORD);

        signIn(organiser);
        assertThat(organisers.get(seat).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(organisers.get(seat).getFullName()).isEmpty();
        assertThat(organisers.get(waiting).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(organisers.get(second).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(organisers.get(second).getWaitlistPosition()).isEqualTo(1);
        assertThat(organisers.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
    }

    @Test
    void group_memberships_and_coordination_go_with_the_account() {
        var expert = aUser("Leaving Expert", Role.EXPERT);
        signIn(organiser);
        var group = network.create(new GroupForm("Privacy group " + UUID.randomUUID(), GroupKind.EXPERT_GROUP, "",
                idOf(expert)));
        var expertId = idOf(expert);

        signIn(expert);
        assertThat(personalData.mine().groups()).singleElement().satisfies(g -> assertThat(g.coordinator()).isTrue());
        personalData.deleteMyAccount(PASSWORD);

        signIn(organiser);
        assertThat(network.get(group).getCoordinatorId()).isNull();
        assertThat(network.isMember(group, expertId)).isFalse();
    }

    @Test
    void a_wrong_password_is_refused_on_its_field_and_nothing_changes() {
        var seminar = seminar("Kept " + UUID.randomUUID(), 5);
        var person = aUser("Careful Person");
        signIn(person);
        var regId = registrations.register(seminar, aRegistrationForm());

        assertThatThrownBy(() -> personalData.deleteMyAccount("not-my-password-1"))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getField()).isEqualTo("deletePassword");
                    assertThat(e.getMessageKey()).isEqualTo("account.password.wrong");
                });
        assertThatThrownBy(() -> personalData.deleteMyAccount(null)).isInstanceOf(ConveneException.class);

        assertThat(accounts.exists(person)).isTrue();
        signIn(organiser);
        assertThat(organisers.get(regId).getFullName()).isEqualTo("Careful Person");
        assertThat(organisers.get(regId).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void the_last_organiser_cannot_delete_their_account() {
        // Alone with the organiser role for the length of a transaction that is rolled back.
        signIn(organiser);
        var id = idOf(organiser);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("DELETE FROM user_role WHERE role = 'ORGANISER' AND user_id <> ?", id);
            assertThatThrownBy(() -> personalData.deleteMyAccount(PASSWORD))
                    .isInstanceOfSatisfying(ConveneException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("account.delete.last-organiser"));
            tx.setRollbackOnly();
        });
        assertThat(accounts.exists(organiser)).isTrue();
        assertThat(accounts.hasRole(id, Role.ORGANISER)).isTrue();
    }

    @Test
    void the_download_holds_the_persons_registrations_and_nothing_of_other_people() throws Exception {
        var title = "Download " + UUID.randomUUID();
        var seminar = seminar(title, 5);
        var person = aUser("Downloading Person");
        var other = aUser("Other Person");
        signIn(person);
        registrations.register(seminar, aRegistrationForm());
        signIn(other);
        registrations.register(seminar, aRegistrationForm("FR", Sector.RESEARCH, Gender.MAN));
        signOut();

        var result = mvc.perform(get("/api/me/data.json").with(authentication(auth(person))));
        assertThat(result).hasStatusOk()
                .matches(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        var body = result.getResponse().getContentAsString();

        assertThat(body).contains(person, "Downloading Person", title, "Ministry of Health", "Vegetarian");
        assertThat(body).doesNotContain(other, "Other Person", "NGO FR", "password", "{noop}", "{bcrypt}");
        assertThat(mvc.perform(get("/api/me/data.json")).getResponse().getStatus()).isNotEqualTo(200);
    }

    private long seminar(String title, int capacity) {
        signIn(organiser);
        var id = seminars.create(aSeminarForm(title, 30, capacity));
        seminars.publish(id);
        return id;
    }

    /** Moves the seminar into the past, as if it had been held (the app's clock is the real one). */
    private void tookPlaceLastMonth(long seminarId) {
        var start = LocalDateTime.now(ZoneOffset.UTC).minusDays(30);
        jdbc.update("UPDATE seminar SET registration_opens_at = ?, registration_closes_at = ?, starts_at = ?, ends_at = ? "
                        + "WHERE id = ?", start.minusDays(20), start.minusDays(1), start, start.plusDays(1), seminarId);
    }

    private Authentication auth(String email) {
        var details = userDetailsService.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}

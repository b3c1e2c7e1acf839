package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 10, item 1: a role change or a deletion reaches every open session of that person at its
 * next request (two sessions each time, as from two devices).
 */
class SessionRevocationTest extends IntegrationTest {

    @Autowired
    AccountDeletionService accountDeletion;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    SeminarService seminars;

    @BeforeEach
    void setUpMvc() {
    }

    private MockHttpSession session(String email) throws Exception {
        var result = mvc.perform(formLogin("/login").user(email).password(PASSWORD));
        var session = (MockHttpSession) result.getRequest().getSession();
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
        return session;
    }

    private int csvStatus(MockHttpSession session, long seminarId) throws Exception {
        return mvc.perform(get("/api/seminars/" + seminarId + "/participants.csv").session(session))
                .getResponse().getStatus();
    }

    private long aSeminar(String organiser) {
        signIn(organiser);
        try {
            return seminars.create(aSeminarForm("Sessions " + UUID.randomUUID(), 30, 20));
        } finally {
            signOut();
        }
    }

    @Test
    void a_demoted_organiser_loses_the_participants_csv_in_every_open_session() throws Exception {
        var boss = aUser("Boss Organiser", Role.ORGANISER);
        var demoted = aUser("Demoted Organiser", Role.ORGANISER);
        var seminarId = aSeminar(boss);
        var laptop = session(demoted);
        var phone = session(demoted);
        assertThat(csvStatus(laptop, seminarId)).isEqualTo(200);
        assertThat(csvStatus(phone, seminarId)).isEqualTo(200);

        signIn(boss);
        accounts.setRoles(idOf(demoted), EnumSet.of(Role.PARTICIPANT));
        signOut();

        assertThat(csvStatus(laptop, seminarId)).isNotEqualTo(200);
        assertThat(csvStatus(phone, seminarId)).isNotEqualTo(200);
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(csvStatus(session(demoted), seminarId)).isNotEqualTo(200);
        assertThat(csvStatus(session(boss), seminarId)).isEqualTo(200);
    }

    @Test
    void an_account_deleted_on_one_device_is_signed_out_on_the_other() throws Exception {
        var stays = aUser("Remaining Organiser", Role.ORGANISER);
        var leaving = aUser("Leaving Organiser", Role.ORGANISER);
        var seminarId = aSeminar(stays);
        var laptop = session(leaving);
        var phone = session(leaving);
        assertThat(csvStatus(phone, seminarId)).isEqualTo(200);

        signIn(leaving);
        accountDeletion.deleteMyAccount(PASSWORD);
        signOut();

        assertThat(csvStatus(phone, seminarId)).isNotEqualTo(200);
        assertThat(csvStatus(laptop, seminarId)).isNotEqualTo(200);
    }

    @Test
    void granting_a_role_keeps_nobody_out_but_takes_effect_at_the_next_sign_in() throws Exception {
        var boss = aUser("Granting Organiser", Role.ORGANISER);
        var promoted = aUser("Promoted Participant");
        var seminarId = aSeminar(boss);
        var before = session(promoted);
        assertThat(csvStatus(before, seminarId)).isNotEqualTo(200);

        signIn(boss);
        accounts.setRoles(idOf(promoted), EnumSet.of(Role.PARTICIPANT, Role.ORGANISER));
        signOut();

        assertThat(csvStatus(session(promoted), seminarId)).isEqualTo(200);
    }
}

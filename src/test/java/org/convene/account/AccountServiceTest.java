package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import org.convene.IntegrationTest;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;

class AccountServiceTest extends IntegrationTest {

    @Test
    void sign_up_creates_a_participant_with_a_hashed_password() {
        var email = uniqueEmail("nadia");
        accounts.signUp(new SignUpForm("Nadia Rahimi", email.toUpperCase(Locale.ROOT), PASSWORD), Locale.FRENCH);

        signIn(email);
        var me = accounts.me();
        assertThat(me.getEmail()).isEqualTo(email);
        assertThat(me.getRoles()).containsExactly(Role.PARTICIPANT);
        assertThat(me.getLocale().getLanguage()).isEqualTo("fr");
        assertThat(me.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
    }

    /** Issue 10, item 5: a second sign-up with an address, whatever its case, creates nothing and reveals nothing. */
    @Test
    void an_email_already_used_whatever_its_case_creates_nothing_and_its_owner_is_told() {
        var email = uniqueEmail("taken");
        assertThat(accounts.signUp(new SignUpForm("First", email, PASSWORD), Locale.ENGLISH)).isPresent();

        assertThat(accounts.signUp(new SignUpForm("Second", " " + email.toUpperCase(Locale.ROOT), PASSWORD), Locale.ENGLISH)).isEmpty();
        assertThat(accounts.displayNames(java.util.List.of(idOf(email)))).containsValue("First");
        assertThat(awaitMail(email, "SIGN_UP_ATTEMPT")).contains("tried to create a new Convene account");
    }

    @Test
    void bad_input_is_refused_and_nothing_is_stored() {
        var email = uniqueEmail("bad");
        assertRefused(new SignUpForm("Anna", "not-an-email", PASSWORD), "email", "account.email.invalid");
        assertRefused(new SignUpForm("Anna", email, "short1"), "password", "account.password.too-short");
        assertRefused(new SignUpForm("", email, PASSWORD), "displayName", "validation.required");
        assertRefused(new SignUpForm("x".repeat(User.NAME_MAX + 1), email, PASSWORD), "displayName", "validation.too-long");
        assertRefused(new SignUpForm("Anna\u0000", email, PASSWORD), "displayName", "validation.control-characters");
        assertRefused(new SignUpForm("Anna", "a".repeat(250) + "@example.org", PASSWORD), "email", "validation.too-long");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void markup_in_a_name_is_kept_as_text() {
        var email = uniqueEmail("markup");
        accounts.signUp(new SignUpForm("<b>Anna</b><script>x()</script>", email, PASSWORD), Locale.ENGLISH);
        signIn(email);
        assertThat(accounts.me().getDisplayName()).isEqualTo("<b>Anna</b><script>x()</script>");
    }

    @Test
    void only_organisers_list_people_and_grant_roles() {
        var participant = aUser("Plain Participant");
        var organiser = aUser("Olga Organiser", Role.ORGANISER);
        signIn(participant);
        assertThatThrownBy(() -> accounts.search("", null, Pageable.ofSize(10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.setRoles(idOf(participant), EnumSet.of(Role.ORGANISER)))
                .isInstanceOf(AuthorizationDeniedException.class);

        signIn(organiser);
        accounts.setRoles(idOf(participant), EnumSet.of(Role.PARTICIPANT, Role.EXPERT));
        assertThat(accounts.hasRole(idOf(participant), Role.EXPERT)).isTrue();
        assertThat(accounts.search(participant, null, Pageable.ofSize(10)).getContent())
                .extracting(User::getEmail).containsExactly(participant);
    }

    @Test
    void an_organiser_cannot_withdraw_their_own_organiser_role() {
        var organiser = aUser("Self Demoter", Role.ORGANISER);
        signIn(organiser);
        assertThatThrownBy(() -> accounts.setRoles(idOf(organiser), EnumSet.of(Role.PARTICIPANT)))
                .isInstanceOfSatisfying(ConveneException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("account.roles.keep-own-organiser"));
        assertThat(accounts.hasRole(idOf(organiser), Role.ORGANISER)).isTrue();
    }

    @Test
    void the_profile_keeps_language_and_time_zone_and_refuses_unknown_zones() {
        var email = aUser("Zone Keeper");
        signIn(email);
        accounts.updateProfile("Zone Keeper", Locale.FRENCH, "Europe/Rome");
        assertThat(accounts.me().getTimeZone().getId()).isEqualTo("Europe/Rome");
        assertThat(accounts.me().getLocale().getLanguage()).isEqualTo("fr");
        assertThatThrownBy(() -> accounts.updateProfile("Zone Keeper", Locale.FRENCH, "Mars/Olympus"))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("timeZone"));
        assertThat(accounts.me().getTimeZone().getId()).isEqualTo("Europe/Rome");
    }

    private void assertRefused(SignUpForm form, String field, String key) {
        assertThatThrownBy(() -> accounts.signUp(form, Locale.ENGLISH))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessageKey()).isEqualTo(key);
                });
    }
}

package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Issue 12: the user administration searches word beginnings of name and e-mail through {@code app_user_word}
 * (V176), which the database keeps in step with every change of either.
 */
class UserSearchTest extends IntegrationTest {

    @Test
    void word_beginnings_of_name_and_email_in_any_order_ignoring_case_and_accents() {
        var tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        var martine = aUser("Martine Dupont " + tag);
        var eloise = "eloise.b." + tag + "@test.convene";
        org.convene.base.security.SystemAuthentication.run(() -> accounts.createAccount(
                new SignUpForm("Éloïse Brontë " + tag, eloise, PASSWORD), Locale.ENGLISH, java.util.EnumSet.of(Role.EXPERT)));
        aUser("Marc Durand " + tag);
        signIn(aUser("Search Admin " + tag, Role.ORGANISER));

        assertThat(names(tag + " mart")).containsExactly("Martine Dupont " + tag);
        assertThat(names("dupont " + tag)).containsExactly("Martine Dupont " + tag);
        assertThat(names(tag + " MAR")).containsExactly("Marc Durand " + tag, "Martine Dupont " + tag);
        assertThat(names(tag + " bronte eloise")).containsExactly("Éloïse Brontë " + tag);
        assertThat(names(tag + " dupont durand")).isEmpty();
        assertThat(names(martine.substring(0, martine.indexOf('@')))).containsExactly("Martine Dupont " + tag);
        assertThat(names(martine)).containsExactly("Martine Dupont " + tag);
        assertThat(accounts.search(tag, Role.EXPERT, PageRequest.of(0, 10)).getContent()).extracting(User::getEmail)
                .containsExactly(eloise);
        assertThat(accounts.searchExperts(tag + " elo", PageRequest.of(0, 10)).getContent()).extracting(org.convene.account.AccountChoice::email)
                .containsExactly(eloise);
        var first = accounts.search(tag, null, PageRequest.of(0, 2, Sort.by("displayName")));
        assertThat(first.getContent()).extracting(User::getDisplayName).containsExactly("Éloïse Brontë " + tag, "Marc Durand " + tag);
        assertThat(first.hasNext()).isTrue();
        assertThat(accounts.search(tag, null, PageRequest.of(1, 2, Sort.by("displayName"))).getContent())
                .extracting(User::getDisplayName).containsExactly("Martine Dupont " + tag, "Search Admin " + tag);
        assertThat(accounts.search(tag, null, PageRequest.of(1, 2, Sort.by("displayName"))).hasNext()).isFalse();
    }

    @Test
    void pickers_get_name_and_address_only_and_only_organisers_look_an_account_up_by_id() {
        var tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        var participant = aUser("Paula Picked " + tag);
        var expert = aUser("Ernest Expert " + tag, Role.EXPERT);
        signIn(aUser("Picker Admin " + tag, Role.ORGANISER));

        assertThat(accounts.choice(idOf(participant))).hasValue(new AccountChoice(idOf(participant), "Paula Picked " + tag, participant));
        assertThat(accounts.choices(tag + " paula", null, PageRequest.of(0, 10)).getContent()).extracting(AccountChoice::label)
                .containsExactly("Paula Picked " + tag + " <" + participant + ">");
        assertThat(accounts.choice(Long.MAX_VALUE)).isEmpty();

        signIn(expert);
        assertThatThrownBy(() -> accounts.choice(idOf(participant))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.choices(tag, null, PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_new_name_is_found_at_once_and_the_old_one_no_more() {
        var tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        var person = aUser("Quentin Aubert " + tag);
        signIn(person);
        accounts.updateProfile("Quentin Martel " + tag, Locale.FRENCH, "Europe/Paris");
        signIn(aUser("Search Admin " + tag, Role.ORGANISER));

        assertThat(names(tag + " martel")).containsExactly("Quentin Martel " + tag);
        // The address still holds the old name; the name no longer does.
        assertThat(accounts.search(tag + " aubert", null, PageRequest.of(0, 10)).getContent()).extracting(User::getEmail)
                .containsExactly(person);
        assertThat(names(tag + " martel quentin")).containsExactly("Quentin Martel " + tag);
    }

    @Test
    void only_organisers_search_people() {
        signIn(aUser("Plain Participant"));
        assertThatThrownBy(() -> accounts.search("dupont", null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private List<String> names(String text) {
        return accounts.search(text, null, PageRequest.of(0, 50, Sort.by("displayName"))).stream()
                .map(User::getDisplayName).toList();
    }
}

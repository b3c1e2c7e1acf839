package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.Locale;
import org.convene.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 10, item 2: long passphrases work everywhere; old bcrypt hashes still sign in and are upgraded. */
class PasswordHashingTest extends IntegrationTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserRepository users;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void setUpMvc() {
    }

    private boolean signsIn(String email, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(email).password(password));
        return result.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT") != null;
    }

    private String hashOf(String email) {
        return users.findByEmail(email).orElseThrow().getPasswordHash();
    }

    @Test
    void a_hundred_character_passphrase_signs_up_signs_in_and_is_changed() throws Exception {
        var email = uniqueEmail("long.pass");
        var passphrase = PasswordPolicyTest.hundredCharacters();
        accounts.signUp(new SignUpForm("Long Passphrase", email, passphrase), Locale.ENGLISH);

        assertThat(signsIn(email, passphrase)).isTrue();
        assertThat(signsIn(email, passphrase.substring(0, 72))).isFalse();
        assertThat(hashOf(email)).startsWith("{argon2");

        signIn(email);
        accounts.changePassword(passphrase, PasswordPolicyTest.fortyEmoji());
        signOut();
        assertThat(signsIn(email, PasswordPolicyTest.fortyEmoji())).isTrue();
    }

    @Test
    void forty_emoji_are_a_password_like_any_other() throws Exception {
        var email = uniqueEmail("emoji.pass");
        accounts.signUp(new SignUpForm("Emoji Person", email, PasswordPolicyTest.fortyEmoji()), Locale.ENGLISH);
        assertThat(signsIn(email, PasswordPolicyTest.fortyEmoji())).isTrue();
        assertThat(signsIn(email, "😀🎉🔥💧🌍🚀🎯🧠📚✨".repeat(3))).isFalse();
    }

    @Test
    void a_bcrypt_hash_from_before_still_signs_in_and_is_upgraded_at_that_login() throws Exception {
        var email = aUser("Old Hash");
        tx.executeWithoutResult(s -> {
            var user = users.findByEmail(email).orElseThrow();
            user.setPasswordHash("{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        });
        assertThat(hashOf(email)).startsWith("{bcrypt}");

        assertThat(signsIn(email, PasswordPolicyTest.hundredCharacters())).isFalse();
        assertThat(signsIn(email, PASSWORD)).isTrue();

        assertThat(hashOf(email)).startsWith("{argon2");
        assertThat(encoder.matches(PASSWORD, hashOf(email))).isTrue();
        assertThat(signsIn(email, PASSWORD)).isTrue();
    }
}

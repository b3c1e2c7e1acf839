package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B: length, and not known-breached or guessable; no composition rules. */
class PasswordPolicyTest {

    @Test
    void a_long_unusual_password_passes() {
        assertThat(PasswordPolicy.check("Lyon-harbour-seminar-2026", "anna@example.org")).isEmpty();
    }

    @Test
    void short_passwords_are_refused() {
        assertThat(PasswordPolicy.check("Ab1!", "anna@example.org")).contains("account.password.too-short");
        assertThat(PasswordPolicy.check(null, "anna@example.org")).contains("account.password.too-short");
    }

    @Test
    void letters_only_pass_when_long_and_unusual_no_composition_rule() {
        assertThat(PasswordPolicy.check("violet harbour lantern quietly", "anna@example.org")).isEmpty();
    }

    @Test
    void a_random_mix_of_the_same_length_as_a_guessable_one_passes() {
        assertThat(PasswordPolicy.check("Kq9$vT2#mWx7", "anna@example.org")).isEmpty();
    }

    @Test
    void breached_and_guessable_passwords_are_refused_and_say_why() {
        assertThat(PasswordPolicy.check("Password123!", "anna@example.org")).contains("account.password.too-common");
        assertThat(PasswordPolicy.check("welcome12345", "anna@example.org")).contains("account.password.too-common");
        // Passed the old rules (two kinds of characters, not among 18 words): a leaked favourite.
        assertThat(PasswordPolicy.check("Palermo-2026!", "anna@example.org")).isPresent();
        assertThat(PasswordPolicy.check("aaaaaaaaaa1111", "anna@example.org")).contains("account.password.repeats");
        assertThat(PasswordPolicy.check("qwertyuiopasdfgh", "anna@example.org")).isPresent();
    }

    @Test
    void the_mail_name_inside_the_password_is_refused() {
        assertThat(PasswordPolicy.check("Claire-harbour-lamp-2026!", "claire@example.org")).contains("account.password.contains-email");
    }

    @Test
    void passphrases_of_a_hundred_characters_and_forty_emoji_pass() {
        assertThat(PasswordPolicy.check(hundredCharacters(), "x@example.org")).isEmpty();
        assertThat(PasswordPolicy.check(fortyEmoji(), "x@example.org")).isEmpty();
    }

    @Test
    void very_long_passwords_are_refused() {
        assertThat(PasswordPolicy.check("a1".repeat(65), "x@example.org")).contains("account.password.too-long");
    }

    /** 100 characters: well past bcrypt's 72 bytes. */
    static String hundredCharacters() {
        var s = "the violet harbour lantern keeps watch over quiet seminars in Lyon, Palermo and Vilnius every autumn";
        assertThat(s).hasSize(100);
        return s;
    }

    /** 40 emoji: 80 UTF-16 characters, 160 UTF-8 bytes. */
    static String fortyEmoji() {
        var s = "😀🎉🔥💧🌍🚀🎯🧠📚✨".repeat(4);
        assertThat(s.codePointCount(0, s.length())).isEqualTo(40);
        return s;
    }
}

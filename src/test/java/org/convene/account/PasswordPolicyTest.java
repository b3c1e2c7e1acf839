package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_mixed_password_passes() {
        assertThat(PasswordPolicy.check("Palermo-2026!", "anna@example.org")).isEmpty();
    }

    @Test
    void short_passwords_are_refused() {
        assertThat(PasswordPolicy.check("Ab1!", "anna@example.org")).contains("account.password.too-short");
        assertThat(PasswordPolicy.check(null, "anna@example.org")).contains("account.password.too-short");
    }

    @Test
    void letters_only_are_too_simple() {
        assertThat(PasswordPolicy.check("onlylettershere", "anna@example.org")).contains("account.password.too-simple");
    }

    @Test
    void well_known_and_repetitive_passwords_are_refused() {
        assertThat(PasswordPolicy.check("Password123", "anna@example.org")).contains("account.password.too-common");
        assertThat(PasswordPolicy.check("aaaaaaa111", "anna@example.org")).contains("account.password.too-common");
    }

    @Test
    void the_mail_name_inside_the_password_is_refused() {
        assertThat(PasswordPolicy.check("claire-2026!", "claire@example.org")).contains("account.password.contains-email");
    }

    @Test
    void very_long_passwords_are_refused() {
        assertThat(PasswordPolicy.check("a1".repeat(65), "x@example.org")).contains("account.password.too-long");
    }
}

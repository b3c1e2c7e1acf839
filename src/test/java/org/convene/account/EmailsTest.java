package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailsTest {

    @Test
    void addresses_are_trimmed_and_lower_cased() {
        assertThat(Emails.normalize("  Anna.Rossi@Example.ORG ")).isEqualTo("anna.rossi@example.org");
    }

    @Test
    void ordinary_addresses_are_valid() {
        assertThat(Emails.isValid("anna.rossi+palermo@coe-example.int")).isTrue();
    }

    @Test
    void malformed_addresses_are_invalid() {
        assertThat(Emails.isValid("anna")).isFalse();
        assertThat(Emails.isValid("anna@")).isFalse();
        assertThat(Emails.isValid("anna@example")).isFalse();
        assertThat(Emails.isValid("an na@example.org")).isFalse();
        assertThat(Emails.isValid("anna..rossi@example.org")).isFalse();
        assertThat(Emails.isValid("<script>@example.org")).isFalse();
        assertThat(Emails.isValid("a".repeat(250) + "@example.org")).isFalse();
    }
}

package org.convene.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void a_new_token_is_well_formed_and_only_its_shape_is() {
        for (int i = 0; i < 100; i++) {
            assertThat(Tokens.wellFormed(Tokens.newToken())).isTrue();
        }
        var token = Tokens.newToken();
        assertThat(Tokens.wellFormed(null)).isFalse();
        assertThat(Tokens.wellFormed("")).isFalse();
        assertThat(Tokens.wellFormed(token.substring(1))).as("42 characters").isFalse();
        assertThat(Tokens.wellFormed(token + "A")).as("44 characters").isFalse();
        for (var odd : new String[] {"=", "+", "/", ".", " ", "é", "\u0000", "%"}) {
            assertThat(Tokens.wellFormed(odd + token.substring(1))).as(odd).isFalse();
        }
        assertThat(Tokens.wellFormed("aZ09_-".repeat(7) + "x")).isTrue();
    }

    @Test
    void url_safe_looks_only_between_its_bounds() {
        assertThat(Tokens.urlSafe("abc.ics", 0, 3)).isTrue();
        assertThat(Tokens.urlSafe("abc.ics", 0, 4)).isFalse();
        assertThat(Tokens.urlSafe("a-b_C9", 0, 6)).isTrue();
        assertThat(Tokens.urlSafe("", 0, 0)).isTrue();
    }
}

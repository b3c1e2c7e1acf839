package org.convene.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void codes_are_26_characters_of_crockford_base_32_and_do_not_repeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var code = VerificationCodes.next();
            assertThat(code).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void typed_codes_are_read_as_printed_with_case_dashes_spaces_and_look_alikes_forgiven() {
        var code = VerificationCodes.next();
        var printed = VerificationCodes.display(code);
        assertThat(printed).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{2}");
        assertThat(VerificationCodes.parse(printed)).contains(code);
        assertThat(VerificationCodes.parse(" " + printed.toLowerCase().replace("-", " ") + " ")).contains(code);
        assertThat(VerificationCodes.parse("0000-0000-0000-0000-0000-0000-01")).contains("00000000000000000000000001");
        assertThat(VerificationCodes.parse("OOOO-OOOO-OOOO-OOOO-OOOO-OOOO-Ol")).contains("00000000000000000000000001");
        assertThat(VerificationCodes.parse("too short")).isEmpty();
        assertThat(VerificationCodes.parse("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UU")).isEmpty();
        assertThat(VerificationCodes.parse("x".repeat(100))).isEmpty();
        assertThat(VerificationCodes.parse(null)).isEmpty();
    }
}

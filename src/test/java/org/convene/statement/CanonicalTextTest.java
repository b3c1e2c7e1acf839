package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convene.statement.CanonicalText.Section;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {

    private static final List<Section> BODY = List.of(
            new Section("Preamble", List.of("We, the members of the *SNP*,", "met in Palermo.")),
            new Section("Recommendations", List.of("1. Access to treatment\n2. Interpreters")));

    @Test
    void canonical_form_is_the_documented_one() {
        assertThat(CanonicalText.of("SNP statement", "en", BODY)).isEqualTo("""
                convene-statement/1
                title: SNP statement
                language: en
                § 1 Preamble
                ¶ 1.1
                We, the members of the *SNP*,
                ¶ 1.2
                met in Palermo.
                § 2 Recommendations
                ¶ 2.1
                1. Access to treatment
                2. Interpreters
                """);
    }

    @Test
    void the_hash_is_sha256_of_the_utf8_canonical_text_in_lower_case_hex() {
        // sha256 of "abc", the FIPS 180-2 test vector
        assertThat(CanonicalText.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(CanonicalText.hash("SNP statement", "en", BODY)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void line_endings_trailing_spaces_outer_blank_lines_and_unicode_composition_do_not_change_the_hash() {
        var messy = List.of(
                new Section(" Preamble ", List.of("\r\nWe, the members of the *SNP*,  \r\n\r\n", "met in Palermo.\t")),
                new Section("Recommendations", List.of("1. Access to treatment\r2. Interpreters")));
        assertThat(CanonicalText.hash(" SNP statement", "en", messy)).isEqualTo(CanonicalText.hash("SNP statement", "en", BODY));
        var composed = List.of(new Section("", List.of("Pr\u00e9ambule")));
        var decomposed = List.of(new Section("", List.of("Pre\u0301ambule")));
        assertThat(CanonicalText.hash("t", "fr", composed)).isEqualTo(CanonicalText.hash("t", "fr", decomposed));
    }

    @Test
    void any_change_of_a_word_of_the_order_or_of_the_section_boundaries_changes_the_hash() {
        var base = CanonicalText.hash("SNP statement", "en", BODY);
        var word = List.of(new Section("Preamble", List.of("We, the members of the SNP,", "met in Palermo.")), BODY.get(1));
        var order = List.of(new Section("Preamble", List.of("met in Palermo.", "We, the members of the *SNP*,")), BODY.get(1));
        var boundary = List.of(new Section("Preamble", List.of("We, the members of the *SNP*,")),
                new Section("Recommendations", List.of("met in Palermo.", "1. Access to treatment\n2. Interpreters")));
        var merged = List.of(new Section("Preamble", List.of("We, the members of the *SNP*,\nmet in Palermo.")), BODY.get(1));
        assertThat(List.of(CanonicalText.hash("SNP statement", "en", word), CanonicalText.hash("SNP statement", "en", order),
                CanonicalText.hash("SNP statement", "en", boundary), CanonicalText.hash("SNP statement", "en", merged),
                CanonicalText.hash("SNP statement", "fr", BODY), CanonicalText.hash("SNP Statement", "en", BODY)))
                .doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void grouped_hash_reads_in_blocks_of_eight() {
        assertThat(CanonicalText.grouped("ba7816bf8f01cfea414140de")).isEqualTo("ba7816bf 8f01cfea 414140de");
    }
}

package org.convene.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FrenchTypographyTest {

    @Test
    void a_colon_gets_a_no_break_space_whether_it_had_a_space_or_none() {
        assertThat(FrenchTypography.apply("Nom complet :")).isEqualTo("Nom complet\u00A0:");
        assertThat(FrenchTypography.apply("Nom complet: Nadia")).isEqualTo("Nom complet\u00A0: Nadia");
        assertThat(FrenchTypography.apply("Programme : {0}")).isEqualTo("Programme\u00A0: {0}");
    }

    @Test
    void semicolon_question_and_exclamation_marks_get_a_narrow_no_break_space() {
        assertThat(FrenchTypography.apply("Réessayez ; merci")).isEqualTo("Réessayez\u202F; merci");
        assertThat(FrenchTypography.apply("Supprimer cette séance ?")).isEqualTo("Supprimer cette séance\u202F?");
        assertThat(FrenchTypography.apply("Bienvenue!")).isEqualTo("Bienvenue\u202F!");
    }

    @Test
    void guillemets_hold_their_text_with_no_break_spaces() {
        assertThat(FrenchTypography.apply("Programme de « {0} »")).isEqualTo("Programme de «\u00A0{0}\u00A0»");
        assertThat(FrenchTypography.apply("«Palerme»")).isEqualTo("«\u00A0Palerme\u00A0»");
    }

    @Test
    void times_addresses_and_query_strings_are_left_alone() {
        assertThat(FrenchTypography.apply("de 14:00 à 16:00")).isEqualTo("de 14:00 à 16:00");
        assertThat(FrenchTypography.apply("voir https://convene.example/a?b=c")).isEqualTo("voir https://convene.example/a?b=c");
    }

    @Test
    void english_text_is_unchanged() {
        assertThat(FrenchTypography.apply("Full name:", Locale.ENGLISH)).isEqualTo("Full name:");
        assertThat(FrenchTypography.apply("Nom complet:", Locale.FRENCH)).isEqualTo("Nom complet\u00A0:");
    }

    @Test
    void every_french_bundle_text_comes_out_with_french_spacing() {
        var i18n = new TranslationProvider();
        var offenders = i18n.keys(TranslationProvider.FRENCH).stream()
                .filter(k -> i18n.getTranslation(k, TranslationProvider.FRENCH).matches("(?s).*( [:;?!]|« | »).*"))
                .toList();
        assertThat(offenders).isEmpty();
        assertThat(i18n.getTranslation("agenda.delete.title", TranslationProvider.FRENCH)).endsWith("\u202F?");
    }
}

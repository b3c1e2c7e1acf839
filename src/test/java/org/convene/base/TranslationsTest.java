package org.convene.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.convene.base.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final TranslationProvider i18n = new TranslationProvider();

    @Test
    void english_and_french_have_the_same_keys() {
        var english = i18n.keys(TranslationProvider.ENGLISH);
        var french = i18n.keys(TranslationProvider.FRENCH);
        var missingInFrench = new HashSet<>(english);
        missingInFrench.removeAll(french);
        var missingInEnglish = new HashSet<>(french);
        missingInEnglish.removeAll(english);
        assertThat(missingInFrench).as("keys without French").isEmpty();
        assertThat(missingInEnglish).as("keys without English").isEmpty();
    }

    @Test
    void messages_with_arguments_are_formatted_in_each_language() {
        assertThat(i18n.getTranslation("validation.too-long", TranslationProvider.ENGLISH, 200)).isEqualTo("At most 200 characters.");
        assertThat(i18n.getTranslation("validation.too-long", TranslationProvider.FRENCH, 200)).isEqualTo("200 caractères au maximum.");
        assertThat(i18n.getTranslation("no.such.key", TranslationProvider.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void every_text_is_a_valid_icu_message_format_in_both_languages() {
        for (var locale : java.util.List.of(TranslationProvider.ENGLISH, TranslationProvider.FRENCH)) {
            for (var key : i18n.keys(locale)) {
                var pattern = i18n.getTranslation(key, locale);
                org.assertj.core.api.Assertions.assertThatCode(() -> new com.ibm.icu.text.MessageFormat(pattern))
                        .as(key + " (" + locale + ")").doesNotThrowAnyException();
            }
        }
    }

    @Test
    void counts_follow_each_languages_plural_rules() {
        var pattern = "{0, plural, one {# seminar} other {# seminars}}";
        assertThat(TranslationProvider.format(pattern, TranslationProvider.ENGLISH, 1)).isEqualTo("1 seminar");
        assertThat(TranslationProvider.format(pattern, TranslationProvider.ENGLISH, 0)).isEqualTo("0 seminars");
        var french = "{0, plural, one {# séminaire} other {# séminaires}}";
        assertThat(TranslationProvider.format(french, TranslationProvider.FRENCH, 0)).isEqualTo("0 séminaire");
        assertThat(TranslationProvider.format(french, TranslationProvider.FRENCH, 1)).isEqualTo("1 séminaire");
        assertThat(TranslationProvider.format(french, TranslationProvider.FRENCH, 2)).isEqualTo("2 séminaires");
    }
}

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
}

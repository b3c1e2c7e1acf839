package org.convene.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.convene.base.ui.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every UI string and message key. Each module keeps its own bundle in {@code i18n/<module>.properties}
 * (English) and {@code i18n/<module>_fr.properties} (French), UTF-8; all are merged at start-up. A
 * French key that is missing falls back to English; a key missing in both shows as {@code !key!} and
 * is logged, so it is seen in development (a test checks that both languages have the same keys).
 * Texts with parameters are ICU message formats, so counts take the language's plural rules
 * ({@code {0, plural, one {# seminar} other {# seminars}}}); French texts get French spacing
 * ({@link FrenchTypography}) when they are loaded.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<String, String> english;
    private final Map<String, String> french;

    public TranslationProvider() {
        this.english = load("classpath*:i18n/*.properties", true);
        this.french = frenchSpacing(load("classpath*:i18n/*_fr.properties", false));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        var isFrench = locale != null && FRENCH.getLanguage().equals(locale.getLanguage());
        var value = isFrench ? french.getOrDefault(key, english.get(key)) : english.get(key);
        if (value == null) {
            log.warn("Missing translation: {} ({})", key, locale);
            return "!" + key + "!";
        }
        return params.length == 0 ? value : format(value, isFrench ? FRENCH : ENGLISH, params);
    }

    /** One ICU message format ("{0, plural, one {# seat} other {# seats}} left") in a language. */
    public static String format(String pattern, Locale locale, Object... params) {
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(localized(params, locale));
    }

    /** Times and {@link Localized} parameters in the reader's language ("2:00 PM", "14:00"), not as {@code toString}. */
    private static Object[] localized(Object[] params, Locale locale) {
        var out = params.clone();
        for (var i = 0; i < out.length; i++) {
            out[i] = switch (out[i]) {
                case Localized l -> l.in(locale);
                case java.time.LocalTime t -> Formats.time(t.atDate(java.time.LocalDate.EPOCH), locale);
                case java.time.LocalDateTime t -> Formats.dateTime(t, locale);
                case java.time.LocalDate d -> Formats.date(d, locale);
                case null, default -> out[i];
            };
        }
        return out;
    }

    private static Map<String, String> frenchSpacing(Map<String, String> texts) {
        var spaced = new HashMap<String, String>();
        texts.forEach((k, v) -> spaced.put(k, FrenchTypography.apply(v)));
        return Map.copyOf(spaced);
    }

    public boolean has(String key) {
        return english.containsKey(key);
    }

    /** Keys of one language, for the test that both languages say everything. */
    public java.util.Set<String> keys(Locale locale) {
        return java.util.Set.copyOf(FRENCH.getLanguage().equals(locale.getLanguage()) ? french.keySet() : english.keySet());
    }

    private static Map<String, String> load(String pattern, boolean skipTranslations) {
        var map = new HashMap<String, String>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                var name = resource.getFilename();
                if (name == null || skipTranslations && name.matches(".*_[a-z]{2}\\.properties")) {
                    continue;
                }
                var props = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                props.forEach((k, v) -> {
                    if (map.put((String) k, (String) v) != null) {
                        log.warn("Translation key {} defined twice (again in {})", k, name);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}

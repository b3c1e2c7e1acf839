package org.convene.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI string and message key: {@code vaadin-i18n/translations.properties} (English) and
 * {@code translations_fr.properties} (French), UTF-8. A missing key shows as {@code !key!} and is
 * logged, so it is seen in development.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        var bundle = bundle(locale);
        String value;
        try {
            value = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation: {} ({})", key, locale);
            return "!" + key + "!";
        }
        return params.length == 0 ? value : new MessageFormat(value, bundle.getLocale()).format(params);
    }

    public boolean has(String key) {
        return bundle(ENGLISH).containsKey(key);
    }

    private static ResourceBundle bundle(Locale locale) {
        var l = locale != null && FRENCH.getLanguage().equals(locale.getLanguage()) ? FRENCH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

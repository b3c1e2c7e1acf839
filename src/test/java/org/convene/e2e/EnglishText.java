package org.convene.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The English texts of Convene (every value of the English bundles that the French bundle says
 * differently, cut at its placeholders) and Vaadin's own English defaults: what a page shown in
 * French must not contain. People's own words (titles, names) are taken out of the page first.
 */
final class EnglishText {

    /** Texts the components bring themselves (Vaadin's defaults), which the app must translate. */
    private static final List<String> VAADIN_DEFAULTS = List.of("Forgot password", "Log in", "Upload Files",
            "Drop files here", "Drop file here", "Today", "Select all", "Clear all", "File is too big");

    private final List<Pattern> english = new ArrayList<>();
    private final List<String> content;

    EnglishText(String... content) {
        this.content = List.of(content);
        var fragments = new LinkedHashSet<String>(VAADIN_DEFAULTS);
        var french = new LinkedHashSet<String>();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            for (var resource : resolver.getResources("classpath*:i18n/*.properties")) {
                var name = resource.getFilename();
                var bundle = new Properties();
                try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    bundle.load(in);
                }
                var target = name.endsWith("_fr.properties") ? french : fragments;
                bundle.values().forEach(v -> target.addAll(fragments(v.toString())));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        fragments.removeAll(french);
        for (var f : fragments) {
            // Word edges where a letter is not followed by another letter or by the "·" of French
            // inclusive writing ("Participant·e" is French, "Participant" alone is not).
            var start = Character.isLetterOrDigit(f.charAt(0)) ? "(?<![\\p{L}\\p{N}·])" : "";
            var end = Character.isLetterOrDigit(f.charAt(f.length() - 1)) ? "(?![\\p{L}\\p{N}·])" : "";
            english.add(Pattern.compile(start + Pattern.quote(f) + end));
        }
    }

    /** Pieces of a bundle value between its placeholders, long and wordy enough to mean something. */
    private static Set<String> fragments(String value) {
        var out = new LinkedHashSet<String>();
        for (var piece : value.replace("''", "'").split("\\{[^}]*}|\\n|<[^>]*>")) {
            var p = piece.strip().replaceAll("[\\s:.,;!?()«»“”\"]+$", "").replaceAll("^[\\s:.,;!?()«»“”\"·–-]+", "");
            if (p.length() >= 4 && p.matches(".*\\p{L}{3,}.*")) {
                out.add(p);
            }
        }
        return out;
    }

    /** The English fragments found in the page's visible text and placeholders. */
    List<String> leftOn(Page page) {
        var text = (String) page.evaluate("""
                () => document.body.innerText + '\\n' + [...document.querySelectorAll('[placeholder]')]
                      .map(e => e.getAttribute('placeholder')).join('\\n')""");
        for (var c : content) {
            text = text.replace(c, " ");
        }
        var found = new ArrayList<String>();
        for (var p : english) {
            var m = p.matcher(text);
            if (m.find()) {
                var from = Math.max(0, m.start() - 30);
                found.add(m.group() + "  [in: …" + text.substring(from, Math.min(text.length(), m.end() + 30)).replace('\n', ' ') + "…]");
            }
        }
        return found;
    }
}

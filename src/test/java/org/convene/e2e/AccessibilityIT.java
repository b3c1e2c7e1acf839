package org.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The main pages of every kind of visitor, in English and French, at 1280 and 375 px: each is
 * screenshotted ({@code target/screenshots/<page>-<language>-<width>.png}) and checked in the
 * browser with axe-core (WCAG 2.0/2.1 A and AA rules): no violation of impact "serious" or
 * "critical". Runs after {@link SeminarJourneyIT}, whose seminar, agenda and people it visits.
 */
@Order(3)
class AccessibilityIT extends BrowserTest {

    private static final String AXE_RUN = """
            async () => {
              // What people read is the page at rest, not a notification or overlay halfway through fading in
              // or out (its colours then blend with the page's, e.g. white on a pale green). Open notifications
              // are held open for the audit (duration 0 stops their timer; restored afterwards), and the audit
              // waits until nothing, in the page or in a shadow root, is opening or closing.
              const held = [...document.querySelectorAll('vaadin-notification')]
                .filter(n => n.opened && n.duration > 0).map(n => [n, n.duration]);
              held.forEach(([n]) => { n.duration = 0; });
              const moving = (root) => root.querySelector('[opening], [closing]')
                || [...root.querySelectorAll('*')].some(e => e.shadowRoot && moving(e.shadowRoot));
              for (let i = 0; i < 100 && moving(document); i++) {
                await new Promise(r => setTimeout(r, 100));
              }
              let result;
              try {
                result = await axe.run(document, {
                  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                  resultTypes: ['violations']
                });
              } finally {
                held.forEach(([n, duration]) => { n.duration = duration; });
              }
              // Defects inside Vaadin's own components, not in what Convene makes of them (reported upstream
              // material, listed narrowly: the rule and the component's own element).
              const vaadinInternal = (v, n) =>
                   (v.id === 'aria-allowed-attr' && /^<vaadin-(select-value-button|date-time-picker)\\b/.test(n.html))
                || (v.id === 'aria-required-children' && /^<vaadin-tabs\\b/.test(n.html));
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ ...v, nodes: v.nodes.filter(n => !vaadinInternal(v, n)) }))
                .filter(v => v.nodes.length > 0)
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '
                     + v.nodes.slice(0, 4).map(n => n.target.join(' > ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ')').join('; '));
            }""";

    @Test
    void the_main_pages_have_no_serious_accessibility_violation_in_either_language_or_width() throws IOException {
        assertThat(SeminarJourneyIT.seminarPath).as("SeminarJourneyIT runs first and leaves a seminar").isNotNull();
        var seminar = SeminarJourneyIT.seminarPath;
        var id = SeminarJourneyIT.seminarId;
        var visitor = Map.of("home", "", "catalogue", "seminars", "seminar", seminar, "agenda-public", seminar + "/agenda",
                "register", seminar + "/register", "login", "login", "signup", "signup", "statements-public", "statements");
        var participant = Map.of("home-participant", "", "my-seminars", "my/seminars", "profile", "profile",
                "my-data", "my/data", "seminar-participant", seminar);
        var organiser = Map.of("organiser-seminars", "organiser/seminars", "organiser-seminar-new", "organiser/seminars/new",
                "organiser-agenda", "organiser/seminars/" + id + "/agenda",
                "organiser-participants-list", "organiser/seminars/" + id + "/participants",
                "organiser-statistics", "organiser/statistics", "users", "admin/users", "outbox", "admin/outbox",
                "library", "documents/seminar/" + id, "statement-drafts", "statements/drafts", "groups", "groups");

        // On a phone, organisers' main pages only (their work is mostly done at a desk).
        var organiserOnPhone = Map.of("organiser-seminars", organiser.get("organiser-seminars"),
                "organiser-agenda", organiser.get("organiser-agenda"),
                "organiser-participants-list", organiser.get("organiser-participants-list"));
        var violations = new ArrayList<String>();
        for (var language : List.of("en-GB", "fr-FR")) {
            for (var width : List.of(1280, 375)) {
                visit(person(language, width), null, null, visitor, violations);
                visit(person(language, width), SeminarJourneyIT.email("Bruno Costa"), SeminarJourneyIT.PASSWORD, participant, violations);
                visit(person(language, width), ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD,
                        width < 600 ? organiserOnPhone : organiser, violations);
            }
        }
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.getParent().resolve("axe-report.txt"), violations, StandardCharsets.UTF_8);
        assertThat(violations).as("serious or critical axe-core violations (also in target/axe-report.txt)").isEmpty();
    }

    private static void visit(Page page, String email, String password, Map<String, String> pages, List<String> violations) {
        var language = page.evaluate("() => navigator.language").toString();
        if (email != null) {
            signIn(page, email, password);
        }
        speak(page, language);
        var width = page.viewportSize().width;
        for (var entry : new java.util.TreeMap<>(pages).entrySet()) {
            open(page, entry.getValue());
            screenshot(page, entry.getKey());
            if (width >= 1280 || entry.getKey().startsWith("home") || entry.getKey().equals("seminar")) {
                axe(page).forEach(v -> violations.add(entry.getKey() + " [" + language + ", " + width + " px] " + v));
            }
        }
        page.context().close();
    }

    /** Signed-in people have the language of their profile: switch to the browser's one if it differs. */
    private static void speak(Page page, String language) {
        open(page, "");
        var french = language.startsWith("fr");
        var shown = page.locator("#language-switch").innerText();
        if (shown.contains("Français") != french) {
            page.waitForNavigation(() -> choose(page, "#language-switch", french ? "Français" : "English"));
            idle(page);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> axe(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            // Evaluated through the DevTools protocol, so the page's Content-Security-Policy stays as users get it.
            page.evaluate(AXE_SOURCE);
        }
        return (List<String>) page.evaluate(AXE_RUN);
    }

    private static final String AXE_SOURCE;

    static {
        try (var in = AccessibilityIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
            AXE_SOURCE = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core/axe.min.js is missing from the test resources", e);
        }
    }
}

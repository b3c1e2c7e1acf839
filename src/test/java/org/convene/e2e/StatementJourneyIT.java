package org.convene.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Journey 5: two experts, each in a browser of their own (one in English on a laptop, one in French),
 * draft the same statement. Each sees the other's saved paragraph appear without reloading (server
 * push from the statement's change feed), and a save made on a version the other has just replaced
 * opens the merge view instead of overwriting it; the merged text then reaches both.
 */
@Order(2)
class StatementJourneyIT extends BrowserTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PASSWORD = "Statement-drafting-passphrase-2026";
    /** A pushed change arrives on its own: the wait is Playwright's retrying assertion, bounded generously. */
    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static final String TEXT = "div[id^='paragraph-'][id$='-text']";
    private static final String EDIT = "vaadin-button[id^='paragraph-'][id$='-edit']";
    private static final String SAVE = "vaadin-button[id^='paragraph-'][id$='-save']";

    @Test
    void two_experts_see_each_others_saved_changes_live_and_a_conflicting_save_shows_the_merge_view() {
        var amina = "Amina Haddad " + RUN;
        var lucas = "Lucas Martin " + RUN;
        signUp(amina, "en-GB");
        // Lucas signs up in French: his account speaks French, so his editor and merge view are in French.
        signUp(lucas, "fr-FR");

        var organiser = person("en-GB", 1280);
        signIn(organiser, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        grantExpert(organiser, amina);
        grantExpert(organiser, lucas);
        var group = "Support Network " + RUN;
        open(organiser, "groups");
        click(organiser, "#groups-create");
        type(organiser, "#group-name", group);
        click(organiser, "#group-save");
        cell(organiser, "#groups-grid", group);
        open(organiser, "statements/drafts");
        click(organiser, "#statements-create");
        type(organiser, "#statement-title-field", "Statement on peer work " + RUN);
        pick(organiser, "#statement-group-field", group);
        pick(organiser, "#statement-lead-field", amina);
        pick(organiser, "#statement-coauthors-field", lucas);
        click(organiser, "#statement-dialog-save");
        organiser.waitForURL(url -> url.matches(".*/statements/drafts/[^/]+$"));
        idle(organiser);
        var editorPath = organiser.url().substring(server.baseUrl.length() + 1);
        organiser.context().close();

        var a = person("en-GB", 1280);
        signIn(a, email(amina), PASSWORD);
        open(a, editorPath);
        var b = person("fr-FR", 1280);
        signIn(b, email(lucas), PASSWORD);
        open(b, editorPath);

        // A saves; B sees it without reloading. Then B saves and A sees it.
        write(a, true, "People who use drugs among **migrants** need services they can reach.");
        click(a, SAVE);
        assertThat(b.locator(TEXT).first()).containsText("People who use drugs among migrants", LIVE);
        screenshot(b, "statement-editor");
        org.assertj.core.api.Assertions.assertThat(AccessibilityIT.axe(b)).as("axe-core on the statement editor").isEmpty();
        write(b, true, "People who use drugs among migrants need services they can reach, in their language.");
        click(b, SAVE);
        assertThat(a.locator(TEXT).first()).containsText("in their language", LIVE);
        screenshot(a, "statement-editor");

        // Both edit the same paragraph; A saves first, so B's save names a version that is gone.
        click(a, EDIT);
        click(b, EDIT);
        write(a, false, "People who use drugs among migrants, refugees and IDPs need services they can reach, in their language.");
        write(b, false, "People who use drugs among migrants need low-threshold services they can reach, in their language.");
        click(a, SAVE);
        assertThat(b.locator("div[id^='paragraph-'][id$='-notice']").first()).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        click(b, SAVE);
        var merge = b.locator("#statement-conflict-diff");
        assertThat(merge).isVisible();
        assertThat(merge.locator(".statement-diff-removed").filter(new Locator.FilterOptions().setHasText("refugees"))).hasCount(1);
        assertThat(b.locator("#statement-conflict-current")).containsText("refugees and IDPs");
        // The dialog fades in: the picture once its animation has ended (finite animations only).
        b.waitForFunction("""
                () => document.getAnimations().every(a => a.playState !== 'running'
                      || a.effect.getComputedTiming().iterations === Infinity)""");
        screenshot(b, "statement-merge");
        org.assertj.core.api.Assertions.assertThat(AccessibilityIT.axe(b)).as("axe-core on the merge view").isEmpty();
        var merged = "People who use drugs among migrants, refugees and IDPs need low-threshold services they can reach, in their language.";
        var mine = b.locator("#statement-conflict-mine textarea");
        mine.fill(merged);
        mine.press("Tab");
        // The differences are drawn on the server from the text it received: once "refugees" is no longer
        // marked as a difference the merged text has arrived.
        assertThat(b.locator("#statement-conflict-diff .statement-diff-removed")
                .filter(new Locator.FilterOptions().setHasText("refugees"))).hasCount(0);
        idle(b);
        click(b, "#statement-conflict-save");
        assertThat(b.locator(TEXT).first()).containsText("refugees and IDPs need low-threshold services", LIVE);
        assertThat(a.locator(TEXT).first()).containsText("refugees and IDPs need low-threshold services", LIVE);
        screenshot(a, "statement-merged");
        a.context().close();
        b.context().close();
    }

    /**
     * Opens the first paragraph for editing (if {@code open}) and types into it; waits until the server
     * has the text (its Markdown preview, drawn on the server, shows the text's last words).
     */
    private static void write(Page page, boolean open, String value) {
        if (open) {
            click(page, EDIT);
        }
        var area = page.locator("vaadin-text-area[id^='paragraph-'][id$='-editor'] textarea").first();
        area.fill(value);
        area.press("Tab");
        var words = value.replace("**", "").split(" ");
        var tail = String.join(" ", java.util.Arrays.asList(words).subList(Math.max(0, words.length - 3), words.length));
        assertThat(page.locator("div[id^='paragraph-'][id$='-preview']").first()).containsText(tail.replaceAll("\\.$", ""));
        idle(page);
    }

    private static void signUp(String name, String language) {
        var page = person(language, 1280);
        open(page, "signup");
        type(page, "#signup-name", name);
        type(page, "#signup-email", email(name));
        type(page, "#signup-password", PASSWORD);
        type(page, "#signup-confirm", PASSWORD);
        click(page, "#signup-submit");
        page.waitForURL(url -> url.contains("/login"));
        open(page, verificationLink(server, email(name)));
        page.context().close();
    }

    private static void grantExpert(Page organiser, String name) {
        open(organiser, "admin/users");
        type(organiser, "#users-filter", email(name));
        // The filter reaches the server after a pause in typing: the grid is filtered once it shows one
        // address only (the rows, and their buttons, are drawn anew then).
        assertThat(organiser.locator("#users-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("@").setVisible(true))).hasCount(1);
        idle(organiser);
        click(inRow(organiser, "#users-grid", email(name), "vaadin-button"));
        organiser.locator("#user-roles").waitFor();
        organiser.getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName("Expert").setExact(true)).check();
        idle(organiser);
        click(organiser, "#user-roles-save");
        assertThat(organiser.locator("#user-roles")).hasCount(0);
    }

    static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@e2e.convene.test";
    }
}

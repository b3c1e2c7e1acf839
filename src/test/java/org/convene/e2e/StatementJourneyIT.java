package org.convene.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two experts, each in a browser of their own, draft the same statement: each sees the other's saved
 * paragraph appear without reloading, and a save made on a version the other has just replaced opens
 * the merge view instead of overwriting it.
 */
@org.junit.jupiter.api.Order(2)
class StatementJourneyIT extends BrowserTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PASSWORD = "Statement-drafting-passphrase-2026";
    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @Test
    void two_experts_see_each_others_saved_changes_live_and_a_conflicting_save_shows_the_merge_view() {
        var amina = "Amina Haddad " + RUN;
        var lucas = "Lucas Martin " + RUN;
        signUp(amina);
        signUp(lucas);

        var organiser = person("en-GB", 1280);
        signIn(organiser, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        grantExpert(organiser, amina);
        grantExpert(organiser, lucas);
        var group = "Support Network " + RUN;
        open(organiser, "groups");
        click(organiser, "#groups-create");
        type(organiser, "#group-name", group);
        click(organiser, "#group-save");
        open(organiser, "statements/drafts");
        click(organiser, "#statements-create");
        type(organiser, "#statement-title-field", "Statement on peer work " + RUN);
        pick(organiser, "#statement-group-field", group);
        pick(organiser, "#statement-lead-field", amina);
        pick(organiser, "#statement-coauthors-field", lucas);
        click(organiser, "#statement-dialog-save");
        organiser.waitForURL(url -> url.matches(".*/statements/drafts/[^/]+$"));
        var editorPath = organiser.url().substring(server.baseUrl.length() + 1);
        click(organiser, "#statement-add-section");
        click(organiser, "vaadin-button[id^='section-'][id$='-add-paragraph']");
        organiser.locator("vaadin-button[id^='paragraph-'][id$='-edit']").first().waitFor();
        organiser.context().close();

        var a = person("en-GB", 1280);
        signIn(a, email(amina), PASSWORD);
        open(a, editorPath);
        var b = person("fr-FR", 1280);
        signIn(b, email(lucas), PASSWORD);
        open(b, editorPath);
        var edit = "vaadin-button[id^='paragraph-'][id$='-edit']";
        var text = "div[id^='paragraph-'][id$='-text']";

        // A saves; B, who only reads, sees it without reloading.
        write(a, edit, "People who use drugs among **migrants** need services they can reach.");
        click(a, "vaadin-button[id^='paragraph-'][id$='-save']");
        assertThat(b.locator(text).first()).containsText("People who use drugs among migrants", LIVE);
        screenshot(b, "statement-editor");
        org.assertj.core.api.Assertions.assertThat(AccessibilityIT.axe(b)).as("axe-core on the statement editor").isEmpty();

        // Both edit the same paragraph; A saves first, so B's save names a version that is gone.
        click(a, edit);
        click(b, edit);
        write(a, null, "People who use drugs among migrants, refugees and IDPs need services they can reach.");
        write(b, null, "People who use drugs among migrants need low-threshold services they can reach.");
        click(a, "vaadin-button[id^='paragraph-'][id$='-save']");
        assertThat(b.locator("div[id^='paragraph-'][id$='-notice']").first()).isVisible();
        click(b, "vaadin-button[id^='paragraph-'][id$='-save']");
        var merge = b.locator("#statement-conflict-diff");
        assertThat(merge).isVisible();
        assertThat(merge).containsText("refugees");
        screenshot(b, "statement-merge");
        org.assertj.core.api.Assertions.assertThat(AccessibilityIT.axe(b)).as("axe-core on the merge view").isEmpty();
        var mine = b.locator("#statement-conflict-mine textarea");
        mine.fill("People who use drugs among migrants, refugees and IDPs need low-threshold services they can reach.");
        mine.press("Tab");
        idle(b);
        click(b, "#statement-conflict-save");
        assertThat(a.locator(text).first()).containsText("refugees and IDPs need low-threshold services", LIVE);
        assertThat(b.locator(text).first()).containsText("refugees and IDPs need low-threshold services", LIVE);
        a.context().close();
        b.context().close();
    }

    /** Opens the first paragraph for editing (unless it already is) and types into it. */
    private static void write(Page page, String editButton, String value) {
        if (editButton != null) {
            click(page, editButton);
        }
        var area = page.locator("vaadin-text-area[id^='paragraph-'][id$='-editor'] textarea").first();
        area.fill(value);
        area.press("Tab");
        idle(page);
    }

    private static void signUp(String name) {
        var page = person("en-GB", 1280);
        open(page, "signup");
        type(page, "#signup-name", name);
        type(page, "#signup-email", email(name));
        type(page, "#signup-password", PASSWORD);
        type(page, "#signup-confirm", PASSWORD);
        click(page, "#signup-submit");
        page.waitForURL(url -> url.contains("/login"));
        page.context().close();
    }

    private static void grantExpert(Page organiser, String name) {
        open(organiser, "admin/users");
        type(organiser, "#users-filter", email(name));
        cell(organiser, "#users-grid", email(name));
        click(inRow(organiser, "#users-grid", email(name), "vaadin-button"));
        organiser.locator("#user-roles").waitFor();
        organiser.getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName("Expert").setExact(true)).check();
        idle(organiser);
        click(organiser, "#user-roles-save");
        organiser.locator("#users-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Expert")).first().waitFor();
    }

    static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@e2e.convene.test";
    }
}

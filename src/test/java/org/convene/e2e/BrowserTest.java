package org.convene.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Journeys in a real browser: Debian's Chromium driven by Playwright (its own browser download is
 * skipped) against the packaged application ({@link ConveneServer}). Every action waits on Vaadin's
 * own signal that no server round-trip is pending, never on a fixed sleep. Screenshots go to
 * {@code target/screenshots}.
 */
@org.junit.jupiter.api.extension.ExtendWith(BrowserTest.FailureScreenshots.class)
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))""";

    /**
     * When a journey fails, every page still open is kept as a screenshot and its visible text
     * ({@code target/screenshots/failed-<test>-<n>.png/.txt}), then closed.
     */
    static final class FailureScreenshots implements org.junit.jupiter.api.extension.TestWatcher {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            int n = 0;
            for (var open : List.copyOf(browser.contexts())) {
                for (var page : open.pages()) {
                    var name = "failed-" + context.getRequiredTestMethod().getName() + "-" + n++;
                    try {
                        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setTimeout(10_000));
                        Files.writeString(SCREENSHOTS.resolve(name + ".txt"), page.url() + "\n\n"
                                + page.evaluate("() => document.body.innerText"));
                    } catch (RuntimeException | java.io.IOException e) {
                        System.err.println("No screenshot of " + name + ": " + e.getMessage());
                    }
                }
                open.close();
            }
        }
    }

    static ConveneServer server;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                    + " (apt-get install chromium), or CHROMIUM_PATH naming it");
        }
        server = ConveneServer.get();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser profile (a person on their own device), in a language and at a width. */
    static Page person(String language, int width) {
        return person(server, language, width);
    }

    /** The same, on another Convene (fault tests start their own). */
    static Page person(ConveneServer on, String language, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(language).setViewportSize(width, width < 600 ? 812 : 900).setBaseURL(on.baseUrl));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void open(Page page, String path) {
        page.navigate(path);
        idle(page);
    }

    /** Waits until Vaadin has no request to the server in flight. */
    static void idle(Page page) {
        page.waitForFunction(VAADIN_IDLE, null, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    static void click(Page page, String selector) {
        page.locator(selector).click();
        idle(page);
    }

    /** Types into the input of a Vaadin field and commits it (change event). */
    static void type(Page page, String fieldSelector, String value) {
        var input = page.locator(fieldSelector + " input, " + fieldSelector + " textarea").first();
        input.fill(value);
        input.press("Tab");
        idle(page);
    }

    /** Picks an item of a Vaadin combo box (or multi-select combo box) by its label. */
    static void pick(Page page, String comboSelector, String label) {
        var input = page.locator(comboSelector + " input").first();
        input.fill(label);
        var item = page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).first();
        item.click();
        idle(page);
        // A multi-select list stays open: close it. Not a closed one: Escape would reach an enclosing dialog and close it.
        if (page.locator(comboSelector + "[opened]").count() > 0) {
            input.press("Escape");
            idle(page);
        }
    }

    /** Chooses an item of a Vaadin select by its label. */
    static void choose(Page page, String selectSelector, String label) {
        page.locator(selectSelector).click();
        page.locator(selectSelector + "[opened]").waitFor();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label).setVisible(true)).first().click();
        idle(page);
    }

    static void signIn(Page page, String email, String password) {
        open(page, "login");
        page.locator("#login-form input[name='username']").fill(email);
        page.locator("#login-form input[name='password']").fill(password);
        page.locator("#login-form vaadin-button[slot='submit'], #login-form [part='vaadin-login-submit']").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        idle(page);
    }

    /**
     * The whole page, including what scrolls inside the app layout (a full-page screenshot alone stops
     * at the window, as the layout's content scrolls on its own): the window grows to the content's
     * height for the picture, then returns to the person's size.
     */
    static void screenshot(Page page, String name) {
        var viewport = page.viewportSize();
        var file = SCREENSHOTS.resolve(name + "-" + page.evaluate("() => navigator.language")
                + "-" + viewport.width + ".png");
        var height = ((Number) page.evaluate(CONTENT_HEIGHT)).intValue();
        if (height > viewport.height) {
            page.setViewportSize(viewport.width, Math.min(height, 8000));
            idle(page);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        if (height > viewport.height) {
            page.setViewportSize(viewport.width, viewport.height);
            idle(page);
        }
    }

    private static final String CONTENT_HEIGHT = """
            () => {
              const all = [...document.querySelectorAll('*')];
              const layout = document.querySelector('vaadin-app-layout');
              if (layout && layout.shadowRoot) all.push(...layout.shadowRoot.querySelectorAll('*'));
              const scrolled = all.filter(e => e.scrollHeight > e.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY));
              return Math.ceil(Math.max(window.innerHeight,
                  ...scrolled.map(e => e.scrollHeight + e.getBoundingClientRect().top + (window.innerHeight - e.getBoundingClientRect().bottom))));
            }""";

    private static final java.time.format.DateTimeFormatter US_DATE = java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy", java.util.Locale.US);

    /**
     * As a signed-in organiser: creates a two-day seminar in Palermo with {@code capacity} seats,
     * registration open, and publishes it; returns its page's path and its id.
     */
    static Seminar createPublishedSeminar(Page page, String title, int capacity, java.time.LocalDate start) {
        open(page, "organiser/seminars/new");
        type(page, "#seminar-title", title);
        pick(page, "#seminar-themes", "Migrants");
        page.locator("#seminar-format vaadin-radio-button").first().click();
        idle(page);
        pick(page, "#seminar-time-zone", "Rome");
        type(page, "#seminar-venue-name", "Palazzo delle Aquile");
        type(page, "#seminar-venue-city", "Palermo");
        pick(page, "#seminar-venue-country", "Italy");
        dateTime(page, "#seminar-starts-at", start, "9:00 AM");
        dateTime(page, "#seminar-ends-at", start.plusDays(1), "5:00 PM");
        pick(page, "#seminar-languages", "English");
        type(page, "#seminar-capacity", String.valueOf(capacity));
        dateTime(page, "#seminar-registration-opens-at", java.time.LocalDate.now().minusDays(1), "9:00 AM");
        dateTime(page, "#seminar-registration-closes-at", start.minusDays(7), "5:00 PM");
        screenshot(page, "organiser-new-seminar");
        click(page, "#seminar-save");
        page.waitForURL(url -> url.endsWith("/organiser/seminars"));
        idle(page);
        cell(page, "#seminars-grid", title).click();
        idle(page);
        click(page, "#seminars-publish");
        click(page, "#seminars-open");
        page.waitForURL(url -> url.matches(".*/seminars/[^/]+$"));
        idle(page);
        var path = page.url().replaceFirst("^https?://[^/]+/", "");
        open(page, "organiser/seminars");
        cell(page, "#seminars-grid", title).click();
        idle(page);
        click(page, "#seminars-participants");
        page.waitForURL(url -> url.matches(".*/organiser/seminars/\\d+/participants"));
        var id = Long.parseLong(page.url().replaceAll(".*/organiser/seminars/(\\d+)/participants", "$1"));
        return new Seminar(path, id);
    }

    record Seminar(String path, long id) {
    }

    /** A visitor fills the registration form, creating their account in it, and sends it (not waiting for the answer). */
    static void fillRegistration(Page page, String seminarPath, String name, String email, String password) {
        open(page, seminarPath + "/register");
        type(page, "#reg-account-name", name);
        type(page, "#reg-account-email", email);
        type(page, "#reg-account-password", password);
        type(page, "#reg-account-confirm", password);
        type(page, "#reg-organisation", "Outreach service " + name.charAt(0));
        pick(page, "#reg-country", page.evaluate("() => navigator.language").toString().startsWith("fr") ? "Italie" : "Italy");
        page.locator("#reg-sector").click();
        chooseFocusedSector(page);
        page.locator("#reg-privacy input").check();
        idle(page);
    }

    /**
     * With the sector list open: Enter once its overlay has focused an item (an Enter before that chose nothing,
     * under load, and the form then refused the missing sector), and on once the field holds it.
     */
    protected static void chooseFocusedSector(Page page) {
        page.locator("#reg-sector[opened]").waitFor();
        page.locator("vaadin-select-item[focused]").first().waitFor();
        page.keyboard().press("Enter");
        page.locator("#reg-sector[has-value]").waitFor();
        idle(page);
    }

    /**
     * A person whose registration waits for their address opens the link of the e-mail they received, signs in
     * and looks at their registration until it is seated. Returns the status text.
     */
    static String verifyAndLook(Page page, ConveneServer on, String seminarPath, String email, String password) throws Exception {
        open(page, verificationLink(on, email));
        org.assertj.core.api.Assertions.assertThat(page.locator("#verify-result").textContent())
                .doesNotContain("does not work").doesNotContain("ne fonctionne pas");
        signIn(page, email, password);
        // Confirming the address seats the waiting registration after its commit (an event listener).
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            open(page, seminarPath + "/register");
            page.locator("#reg-status").waitFor();
            return page.locator("#reg-status").textContent();
        }, text -> !text.contains("e-mail"));
    }

    /** The address of the verification link in the newest e-mail this person received, relative to the server. */
    static String verificationLink(ConveneServer on, String address) {
        var pattern = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(on.baseUrl) + "/(verify-email/[A-Za-z0-9_-]+)");
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            String found = null;
            for (var message : on.mail.getReceivedMessagesForDomain(address)) {
                var m = pattern.matcher(mailText(message));
                if (m.find()) {
                    found = m.group(1);
                }
            }
            return found;
        }, java.util.Objects::nonNull);
    }

    private static String mailText(jakarta.mail.Part part) throws Exception {
        var content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            var all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(mailText(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    static void dateTime(Page page, String selector, java.time.LocalDate date, String time) {
        var dateInput = page.locator(selector + " vaadin-date-picker input").first();
        dateInput.fill(US_DATE.format(date));
        dateInput.press("Enter");
        idle(page);
        var timeInput = page.locator(selector + " vaadin-time-picker input").first();
        timeInput.fill(time);
        timeInput.press("Enter");
        idle(page);
    }

    static Locator cell(Page page, String grid, String text) {
        var cell = page.locator(grid + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
        cell.waitFor();
        return cell;
    }

    /** The element matching {@code selector} in the grid row that shows {@code text} (cells are slotted content). */
    static Locator inRow(Page page, String grid, String text, String selector) {
        cell(page, grid, text);
        var marker = "e2e-" + java.util.UUID.randomUUID();
        page.locator(grid).evaluate("""
                (grid, [text, selector, marker]) => {
                  const content = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.includes(text));
                  const td = grid.shadowRoot.querySelector(`slot[name="${content.getAttribute('slot')}"]`).parentElement;
                  const found = [...td.parentElement.querySelectorAll('slot')].flatMap(s => s.assignedElements())
                    .map(e => e.matches(selector) ? e : e.querySelector(selector)).find(e => e);
                  found.setAttribute('data-e2e', marker);
                }""", List.of(text, selector, marker));
        return page.locator("[data-e2e='" + marker + "']");
    }

    static void click(Locator locator) {
        locator.click();
        idle(locator.page());
    }
}

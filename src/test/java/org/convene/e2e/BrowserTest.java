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
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))""";

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
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(language).setViewportSize(width, width < 600 ? 812 : 900).setBaseURL(server.baseUrl));
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
        input.press("Escape");
        idle(page);
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

    static void screenshot(Page page, String name) {
        var viewport = page.viewportSize();
        var file = SCREENSHOTS.resolve(name + "-" + page.evaluate("() => navigator.language")
                + "-" + viewport.width + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}

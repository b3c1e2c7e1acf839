package org.convene.cluster;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people of {@code scripts/cluster-check}: visitors who sign up on a seminar's registration form
 * (Debian's Chromium through Playwright), spread over the instances given, several at once. Prints one
 * line per person: {@code OK <n> <instance> <outcome>} or {@code FAIL <n> <instance> <error>}; a person
 * whose attempt fails (an instance or a database node going away) tries again on the next instance.
 *
 * <p>{@code java ... ClusterDriver register <seminarPath> <first> <count> <workers> <emailTag> <url>...}
 */
public final class ClusterDriver {

    private static final String PASSWORD = "Cluster-check-visitor-2026";
    private static final String IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))""";

    public static void main(String[] args) throws Exception {
        if (!"register".equals(args[0])) {
            throw new IllegalArgumentException("usage: register <seminarPath> <first> <count> <workers> <emailTag> <url>...");
        }
        var seminarPath = args[1];
        var first = Integer.parseInt(args[2]);
        var count = Integer.parseInt(args[3]);
        var workers = Integer.parseInt(args[4]);
        var tag = args[5];
        var urls = List.of(args).subList(6, args.length);
        var queue = new ConcurrentLinkedQueue<Integer>();
        for (var n = first; n < first + count; n++) {
            queue.add(n);
        }
        var failures = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (var w = 0; w < workers; w++) {
            var t = new Thread(() -> work(queue, seminarPath, tag, urls, failures), "visitor-" + w);
            t.start();
            threads.add(t);
        }
        for (var t : threads) {
            t.join();
        }
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    private static void work(ConcurrentLinkedQueue<Integer> queue, String seminarPath, String tag, List<String> urls,
                             AtomicInteger failures) {
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            Integer n;
            while ((n = queue.poll()) != null) {
                String last = null;
                var done = false;
                for (var attempt = 0; attempt < 4 && !done; attempt++) {
                    var url = urls.get((n + attempt) % urls.size());
                    try {
                        var outcome = register(browser, url, seminarPath, n, tag, attempt > 0);
                        System.out.println("OK " + n + " " + url + " " + outcome.replace('\n', ' '));
                        done = true;
                    } catch (RuntimeException e) {
                        last = url + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                    }
                }
                if (!done) {
                    failures.incrementAndGet();
                    System.out.println("FAIL " + n + " " + last);
                }
            }
        }
    }

    /** Signs up and registers (or, on a retry after an account was made, signs in and registers). */
    private static String register(Browser browser, String url, String seminarPath, int n, String tag, boolean retry) {
        var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900).setBaseURL(url));
        context.setDefaultTimeout(90_000);
        try {
            var page = context.newPage();
            var email = "visitor" + n + "." + tag + "@cluster.convene.test";
            if (retry) {
                page.navigate("login");
                idle(page);
                page.locator("#login-form input[name='username']").fill(email);
                page.locator("#login-form input[name='password']").fill(PASSWORD);
                page.locator("#login-form vaadin-button[slot='submit'], #login-form [part='vaadin-login-submit']").first().click();
                page.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(90_000));
                idle(page);
            }
            page.navigate(seminarPath + "/register");
            idle(page);
            if (page.locator("#reg-status").count() > 0) {
                return page.locator("#reg-status").textContent();
            }
            if (page.locator("#reg-account-name").count() > 0) {
                type(page, "#reg-account-name", "Visitor " + n);
                type(page, "#reg-account-email", email);
                type(page, "#reg-account-password", PASSWORD);
                type(page, "#reg-account-confirm", PASSWORD);
            }
            type(page, "#reg-organisation", "Service " + n);
            var country = page.locator("#reg-country input").first();
            country.fill("Italy");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Italy")).first().click();
            idle(page);
            page.locator("#reg-sector").click();
            page.locator("#reg-sector[opened]").waitFor();
            page.keyboard().press("Enter");
            idle(page);
            page.locator("#reg-privacy input").check();
            idle(page);
            page.locator("#reg-submit").click();
            page.locator("#reg-status").waitFor();
            idle(page);
            return page.locator("#reg-status").textContent();
        } finally {
            context.close();
        }
    }

    private static void idle(Page page) {
        page.waitForFunction(IDLE, null, new Page.WaitForFunctionOptions().setTimeout(90_000));
    }

    private static void type(Page page, String field, String value) {
        var input = page.locator(field + " input, " + field + " textarea").first();
        input.fill(value);
        input.press("Tab");
        idle(page);
    }
}

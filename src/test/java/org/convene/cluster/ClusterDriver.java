package org.convene.cluster;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The people of {@code scripts/cluster-check}, in Debian's Chromium through Playwright, several at once,
 * each person on one of the instances given (the n-th person on instance n mod count). Commands:
 * <ul>
 * <li>{@code hash <password>}: prints the password's hash as Convene stores it (Argon2id, the production
 *     parameters), for the accounts the script creates in SQL;</li>
 * <li>{@code register <seminarPath> <emailsFile> <workers> <password> <url>...}: each person signs in and
 *     registers on the seminar's form;</li>
 * <li>{@code cancel <emailsFile> <workers> <password> <url>...}: each person signs in and cancels in My
 *     seminars;</li>
 * <li>{@code statement <organiser> <organiserPassword> <expertA> <expertB> <password> <urlA> <urlB>}: the
 *     organiser (on A) makes a group and a statement for two experts; the first expert edits it on A, the
 *     second on B; each saves a paragraph and the other must see it without reloading.</li>
 * </ul>
 * Prints one line per person: {@code OK <n> <instance> <outcome>} or {@code FAIL <n> <instance> <error>};
 * an attempt that fails (an instance or a database node going away) is tried again on the next instance.
 */
public final class ClusterDriver {

    private static final String IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))""";
    private static final double LIVE_MS = 30_000;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "hash" -> System.out.println("{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19456, 2).encode(args[1]));
            case "register" -> {
                var seminarPath = args[1];
                var password = args[4];
                System.exit(each(args[2], Integer.parseInt(args[3]), List.of(args).subList(5, args.length),
                        (page, email) -> register(page, seminarPath, email, password)));
            }
            case "cancel" -> {
                var password = args[3];
                System.exit(each(args[1], Integer.parseInt(args[2]), List.of(args).subList(4, args.length),
                        (page, email) -> cancel(page, email, password)));
            }
            case "statement" -> System.exit(statement(args[1], args[2], args[3], args[4], args[5], args[6], args[7]));
            default -> throw new IllegalArgumentException("commands: hash, register, cancel, statement");
        }
    }

    /** Runs {@code job} for every address of the file, {@code workers} at a time; 0 when everyone got an answer. */
    private static int each(String emailsFile, int workers, List<String> urls, BiFunction<Page, String, String> job)
            throws Exception {
        var emails = Files.readAllLines(Path.of(emailsFile)).stream().filter(l -> !l.isBlank()).toList();
        var queue = new ConcurrentLinkedQueue<Integer>();
        for (var n = 0; n < emails.size(); n++) {
            queue.add(n);
        }
        var failures = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (var w = 0; w < workers; w++) {
            var t = new Thread(() -> {
                try (var playwright = playwright(); var browser = chromium(playwright)) {
                    Integer n;
                    while ((n = queue.poll()) != null) {
                        String last = null;
                        var done = false;
                        for (var attempt = 0; attempt < 4 && !done; attempt++) {
                            var url = urls.get((n + attempt) % urls.size());
                            var context = context(browser, url, "en-GB");
                            try {
                                var outcome = job.apply(context.newPage(), emails.get(n));
                                System.out.println("OK " + n + " " + url + " " + outcome.replace('\n', ' '));
                                done = true;
                            } catch (RuntimeException e) {
                                last = url + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                            } finally {
                                context.close();
                            }
                        }
                        if (!done) {
                            failures.incrementAndGet();
                            System.out.println("FAIL " + n + " " + last);
                        }
                    }
                }
            }, "visitor-" + w);
            t.start();
            threads.add(t);
        }
        for (var t : threads) {
            t.join();
        }
        return failures.get() == 0 ? 0 : 1;
    }

    /** Signs in and registers; a person already registered (an earlier attempt that got through) reads the status. */
    private static String register(Page page, String seminarPath, String email, String password) {
        signIn(page, email, password);
        page.navigate(seminarPath + "/register");
        idle(page);
        if (page.locator("#reg-status").count() > 0) {
            return page.locator("#reg-status").textContent();
        }
        type(page, "#reg-organisation", "Service of " + email.substring(0, email.indexOf('@')));
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
    }

    /** Signs in and cancels the one registration in My seminars; nothing to cancel (an earlier attempt did) is an answer too. */
    private static String cancel(Page page, String email, String password) {
        signIn(page, email, password);
        page.navigate("my/seminars");
        idle(page);
        var button = page.locator("#my-registrations vaadin-button[id^='my-cancel-']");
        if (button.count() == 0) {
            return "nothing left to cancel";
        }
        button.first().click();
        idle(page);
        page.locator("#my-cancel-dialog vaadin-button[slot='confirm-button'], vaadin-confirm-dialog-overlay vaadin-button[theme~='primary']")
                .first().click();
        idle(page);
        page.locator("#my-registrations vaadin-button[id^='my-cancel-']").waitFor(
                new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        return "cancelled";
    }

    private static int statement(String organiser, String organiserPassword, String expertA, String expertB, String password,
                                 String urlA, String urlB) {
        var tag = Long.toString(System.currentTimeMillis(), 36);
        try (var playwright = playwright(); var browser = chromium(playwright)) {
            var org = context(browser, urlA, "en-GB").newPage();
            signIn(org, organiser, organiserPassword);
            var group = "Cluster check group " + tag;
            org.navigate("groups");
            idle(org);
            click(org, "#groups-create");
            type(org, "#group-name", group);
            click(org, "#group-save");
            org.locator("#groups-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(group)).first().waitFor();
            org.navigate("statements/drafts");
            idle(org);
            click(org, "#statements-create");
            type(org, "#statement-title-field", "Cluster check statement " + tag);
            pick(org, "#statement-group-field", group);
            pick(org, "#statement-lead-field", name(expertA));
            pick(org, "#statement-coauthors-field", name(expertB));
            click(org, "#statement-dialog-save");
            org.waitForURL(url -> url.matches(".*/statements/drafts/[^/]+$"));
            idle(org);
            var editor = org.url().substring(urlA.length() + 1);
            org.context().close();

            var a = context(browser, urlA, "en-GB").newPage();
            signIn(a, expertA, password);
            a.navigate(editor);
            idle(a);
            var b = context(browser, urlB, "en-GB").newPage();
            signIn(b, expertB, password);
            b.navigate(editor);
            idle(b);
            var aToB = saveAndSeeLive(a, b, "Saved on instance A at " + tag + ", seen on B.");
            var bToA = saveAndSeeLive(b, a, "Saved on instance B at " + tag + ", seen on A.");
            System.out.printf("OK statement: a paragraph saved on A was seen live on B after %d ms, one saved on B on A after %d ms%n",
                    aToB, bToA);
            return 0;
        } catch (RuntimeException e) {
            System.out.println("FAIL statement: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return 1;
        }
    }

    /** The writer saves the first paragraph; returns the milliseconds until the reader's page shows it, unreloaded. */
    private static long saveAndSeeLive(Page writer, Page reader, String text) {
        click(writer, "vaadin-button[id^='paragraph-'][id$='-edit']");
        var area = writer.locator("vaadin-text-area[id^='paragraph-'][id$='-editor'] textarea").first();
        area.fill(text);
        area.press("Tab");
        idle(writer);
        writer.locator("div[id^='paragraph-'][id$='-preview']").first()
                .filter(new Locator.FilterOptions().setHasText(text.substring(0, text.length() - 1))).waitFor();
        var saved = System.nanoTime();
        click(writer, "vaadin-button[id^='paragraph-'][id$='-save']");
        reader.locator("div[id^='paragraph-'][id$='-text']").filter(new Locator.FilterOptions().setHasText(text)).first()
                .waitFor(new Locator.WaitForOptions().setTimeout(LIVE_MS));
        return (System.nanoTime() - saved) / 1_000_000;
    }

    /** "visitor12.x@cluster.convene.test" was created in SQL with the display name "Visitor 12 x". */
    private static String name(String email) {
        return email.substring(0, email.indexOf('@')).replace('.', ' ').replace("visitor", "Visitor ").replace("expert", "Expert ");
    }

    private static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    private static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    private static com.microsoft.playwright.BrowserContext context(Browser browser, String url, String locale) {
        var context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900).setBaseURL(url));
        context.setDefaultTimeout(90_000);
        return context;
    }

    private static void signIn(Page page, String email, String password) {
        page.navigate("login");
        idle(page);
        page.locator("#login-form input[name='username']").fill(email);
        page.locator("#login-form input[name='password']").fill(password);
        page.locator("#login-form vaadin-button[slot='submit'], #login-form [part='vaadin-login-submit']").first().click();
        page.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(90_000));
        idle(page);
    }

    private static void idle(Page page) {
        page.waitForFunction(IDLE, null, new Page.WaitForFunctionOptions().setTimeout(90_000));
    }

    private static void click(Page page, String selector) {
        page.locator(selector).first().click();
        idle(page);
    }

    private static void type(Page page, String field, String value) {
        var input = page.locator(field + " input, " + field + " textarea").first();
        input.fill(value);
        input.press("Tab");
        idle(page);
    }

    private static void pick(Page page, String combo, String label) {
        var input = page.locator(combo + " input").first();
        input.fill(label);
        page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(label)).first().click();
        idle(page);
        if (page.locator(combo + "[opened]").count() > 0) {
            input.press("Escape");
            idle(page);
        }
    }
}

package org.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An organiser creates and publishes a seminar with two seats; three visitors sign up through the
 * registration form and confirm their address with the link they receive (two confirmed, one
 * waitlisted); one cancels and the third is promoted, as the organiser's participants grid shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeminarJourneyIT extends BrowserTest {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final String TITLE = "Peer work with migrants " + UUID.randomUUID().toString().substring(0, 6);
    private static final String PASSWORD = "Journey-visitor-passphrase-2026";
    private static String seminarPath;
    private static long seminarId;

    @Test
    @Order(1)
    void an_organiser_creates_and_publishes_a_seminar_with_two_seats() {
        var page = person("en-GB", 1280);
        signIn(page, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        open(page, "organiser/seminars/new");
        type(page, "#seminar-title", TITLE);
        pick(page, "#seminar-themes", "Migrants");
        page.locator("#seminar-format vaadin-radio-button").first().click();
        idle(page);
        pick(page, "#seminar-time-zone", "Rome");
        type(page, "#seminar-venue-name", "Palazzo delle Aquile");
        type(page, "#seminar-venue-city", "Palermo");
        pick(page, "#seminar-venue-country", "Italy");
        var start = LocalDate.now().plusMonths(3);
        dateTime(page, "#seminar-starts-at", start, "9:00 AM");
        dateTime(page, "#seminar-ends-at", start.plusDays(1), "5:00 PM");
        pick(page, "#seminar-languages", "English");
        type(page, "#seminar-capacity", "2");
        dateTime(page, "#seminar-registration-opens-at", LocalDate.now().minusDays(1), "9:00 AM");
        dateTime(page, "#seminar-registration-closes-at", start.minusDays(7), "5:00 PM");
        screenshot(page, "organiser-new-seminar");
        click(page, "#seminar-save");
        page.waitForURL(url -> url.endsWith("/organiser/seminars"));
        idle(page);

        clickRow(page, "#seminars-grid", TITLE);
        click(page, "#seminars-publish");
        assertThat(rowText(page, "#seminars-grid", TITLE)).contains("Published");
        click(page, "#seminars-open");
        page.waitForURL(url -> url.matches(".*/seminars/[^/]+$"));
        seminarPath = page.url().substring(server.baseUrl.length() + 1);
        assertThat(page.locator("#seminar-title").textContent()).contains(TITLE);
        screenshot(page, "seminar-page");
        open(page, "organiser/seminars");
        clickRow(page, "#seminars-grid", TITLE);
        click(page, "#seminars-participants");
        page.waitForURL(url -> url.matches(".*/organiser/seminars/\\d+/participants"));
        seminarId = Long.parseLong(page.url().replaceAll(".*/organiser/seminars/(\\d+)/participants", "$1"));
        page.context().close();
    }

    @Test
    @Order(2)
    void three_visitors_sign_up_two_are_confirmed_and_the_third_waits() throws Exception {
        assertThat(register("Amal Nasser", "en-GB", 1280)).startsWith("You are registered.");
        assertThat(register("Bruno Costa", "fr-FR", 375)).startsWith("Vous êtes inscrit(e).");
        assertThat(register("Chiara Russo", "en-GB", 375)).contains("you are on the waiting list, position 1.");
        assertThat(register("Dario Greco", "en-GB", 1280)).contains("you are on the waiting list, position 2.");
    }

    @Test
    @Order(3)
    void when_one_cancels_the_waiting_person_is_promoted_as_the_organiser_sees() {
        var page = person("en-GB", 1280);
        signIn(page, email("Amal Nasser"), PASSWORD);
        open(page, "my/seminars");
        page.locator("#my-registrations vaadin-button[id^='my-cancel-']").first().click();
        idle(page);
        page.locator("#my-cancel-dialog vaadin-button[slot='confirm-button'], vaadin-confirm-dialog-overlay vaadin-button[theme~='primary']").first().click();
        idle(page);
        page.context().close();

        var organiser = person("en-GB", 1280);
        signIn(organiser, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        open(organiser, "organiser/seminars/" + seminarId + "/participants");
        assertThat(rowText(organiser, "#participants-grid", "Chiara Russo")).contains("Confirmed");
        assertThat(rowText(organiser, "#participants-grid", "Bruno Costa")).contains("Confirmed");
        assertThat(rowText(organiser, "#participants-grid", "Amal Nasser")).contains("Cancelled");
        assertThat(rowText(organiser, "#participants-grid", "Dario Greco")).contains("Waiting list, position 1");
        screenshot(organiser, "organiser-participants");
        organiser.context().close();
    }

    @Test
    @Order(4)
    void a_document_for_confirmed_participants_reaches_them_and_not_the_waiting_list() throws Exception {
        var organiser = person("en-GB", 1280);
        signIn(organiser, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        open(organiser, "documents/seminar/" + seminarId);
        choose(organiser, "#document-folder", "Reports");
        var pdf = java.nio.file.Files.createTempFile("participants-briefing", ".pdf");
        java.nio.file.Files.writeString(pdf, MINIMAL_PDF);
        organiser.locator("#document-upload input[type=file]").setInputFiles(pdf);
        cell(organiser, "#document-grid", "participants-briefing");
        idle(organiser);
        screenshot(organiser, "organiser-documents");
        organiser.context().close();

        var confirmed = person("fr-FR", 375);
        signIn(confirmed, email("Bruno Costa"), PASSWORD);
        open(confirmed, seminarPath);
        var link = confirmed.locator("#seminar-documents-section a").filter(new Locator.FilterOptions().setHasText("participants-briefing"));
        var href = link.getAttribute("href");
        var download = confirmed.waitForDownload(link::click);
        assertThat(java.nio.file.Files.readString(download.path())).startsWith("%PDF-");
        screenshot(confirmed, "seminar-page-participant");
        confirmed.context().close();

        var waiting = person("en-GB", 1280);
        signIn(waiting, email("Dario Greco"), PASSWORD);
        open(waiting, seminarPath);
        assertThat(waiting.locator("text=participants-briefing").count()).isZero();
        var direct = waiting.request().get(href);
        assertThat(direct.status()).isEqualTo(404);
        waiting.context().close();
    }

    private static final String MINIMAL_PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    /**
     * A visitor creates an account on the registration form and registers; the registration waits for the
     * address, so they open the link of the e-mail they receive, sign in and look again. Returns the outcome text.
     */
    private String register(String name, String language, int width) throws Exception {
        var page = person(language, width);
        open(page, seminarPath + "/register");
        type(page, "#reg-account-name", name);
        type(page, "#reg-account-email", email(name));
        type(page, "#reg-account-password", PASSWORD);
        type(page, "#reg-account-confirm", PASSWORD);
        type(page, "#reg-organisation", "Outreach service " + name.charAt(0));
        pick(page, "#reg-country", language.startsWith("fr") ? "Italie" : "Italy");
        page.locator("#reg-sector").click();
        page.locator("#reg-sector[opened]").waitFor();
        page.keyboard().press("Enter");
        idle(page);
        page.locator("#reg-privacy input").check();
        idle(page);
        screenshot(page, "register-" + name.split(" ")[0].toLowerCase(Locale.ROOT));
        click(page, "#reg-submit");
        page.locator("#reg-check-email").waitFor();
        screenshot(page, "register-check-email");
        open(page, verificationLink(email(name)));
        assertThat(page.locator("#verify-result").textContent()).doesNotContain("does not work").doesNotContain("ne fonctionne pas");
        signIn(page, email(name), PASSWORD);
        // Confirming the address seats the waiting registration after its commit (an event listener).
        var outcome = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            open(page, seminarPath + "/register");
            page.locator("#reg-status").waitFor();
            return page.locator("#reg-status").textContent();
        }, text -> !text.contains("e-mail"));
        page.context().close();
        return outcome;
    }

    /** The address of the verification link in the newest e-mail this person received, relative to the server. */
    private static String verificationLink(String address) throws Exception {
        var pattern = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(server.baseUrl) + "/(verify-email/[A-Za-z0-9_-]+)");
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            String found = null;
            for (var message : server.mail.getReceivedMessagesForDomain(address)) {
                var m = pattern.matcher(text(message));
                if (m.find()) {
                    found = m.group(1);
                }
            }
            return found;
        }, java.util.Objects::nonNull);
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        var content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            var all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    private static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + TITLE.substring(TITLE.length() - 6) + "@e2e.convene.test";
    }

    private static void dateTime(Page page, String selector, LocalDate date, String time) {
        var dateInput = page.locator(selector + " vaadin-date-picker input").first();
        dateInput.fill(US_DATE.format(date));
        dateInput.press("Enter");
        idle(page);
        var timeInput = page.locator(selector + " vaadin-time-picker input").first();
        timeInput.fill(time);
        timeInput.press("Enter");
        idle(page);
    }

    /** Clicks the grid row that shows {@code text}. */
    private static void clickRow(Page page, String grid, String text) {
        cell(page, grid, text).click();
        idle(page);
    }

    /** The text of every cell of the grid row that shows {@code text} (cells are slotted content). */
    private static String rowText(Page page, String grid, String text) {
        cell(page, grid, text);
        return (String) page.locator(grid).evaluate("""
                (grid, text) => {
                  const content = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.includes(text));
                  const td = grid.shadowRoot.querySelector(`slot[name="${content.getAttribute('slot')}"]`).parentElement;
                  return [...td.parentElement.querySelectorAll('slot')]
                    .map(s => s.assignedElements().map(e => e.textContent).join(' ')).join(' | ');
                }""", text);
    }

    private static Locator cell(Page page, String grid, String text) {
        var cell = page.locator(grid + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
        cell.waitFor();
        return cell;
    }
}

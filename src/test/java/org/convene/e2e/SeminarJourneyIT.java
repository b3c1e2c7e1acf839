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
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeminarJourneyIT extends BrowserTest {

    private static final String TITLE = "Peer work with migrants " + UUID.randomUUID().toString().substring(0, 6);
    static final String PASSWORD = "Journey-visitor-passphrase-2026";
    static String seminarPath;
    static long seminarId;
    private static final LocalDate startDay = LocalDate.now().plusMonths(3);

    @Test
    @Order(1)
    void an_organiser_creates_and_publishes_a_seminar_with_two_seats() {
        var page = person("en-GB", 1280);
        signIn(page, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        var seminar = createPublishedSeminar(page, TITLE, 2, startDay);
        seminarPath = seminar.path();
        seminarId = seminar.id();
        open(page, "organiser/seminars");
        assertThat(rowText(page, "#seminars-grid", TITLE)).contains("Published");
        open(page, seminarPath);
        assertThat(page.locator("#seminar-title").textContent()).contains(TITLE);
        screenshot(page, "seminar-page");
        page.context().close();
    }

    @Test
    @Order(2)
    void the_organiser_builds_a_two_day_agenda_in_two_rooms_a_room_conflict_is_refused_and_publishes() {
        var page = person("en-GB", 1280);
        signIn(page, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        open(page, "organiser/seminars/" + seminarId + "/agenda");
        click(page, "#agenda-rooms");
        for (var room : java.util.List.of("Sala Gialla", "Sala Verde")) {
            type(page, "#rooms-name", room);
            click(page, "#rooms-save");
            cell(page, "#rooms-grid", room);
        }
        page.keyboard().press("Escape");
        idle(page);

        item(page, "Opening plenary", null, "Sala Gialla");           // 9:00-10:00, the first of the day
        item(page, "Workshop on outreach", null, "Sala Verde");        // 10:00-11:00
        // A second session in Sala Gialla during the opening plenary is refused, on the start field.
        click(page, "#agenda-add");
        type(page, "#item-title", "Workshop on peer support");
        time(page, "#item-start", "9:30 AM");
        choose(page, "#item-room", "Sala Gialla");
        click(page, "#item-save");
        var start = page.locator("#item-start");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(start).hasAttribute("invalid", "");
        assertThat((String) start.evaluate("e => e.errorMessage")).startsWith("The room is taken at that time by “Opening plenary”");
        screenshot(page, "organiser-agenda-conflict");
        time(page, "#item-start", "11:00 AM");
        click(page, "#item-save");
        page.locator("#agenda-item-dialog").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        cell(page, "#agenda-grid", "Workshop on peer support");

        click(page, "#agenda-day-" + startDay.plusDays(1));
        item(page, "Closing plenary and statement", null, "Sala Verde");
        click(page, "#agenda-publish");
        assertThat(page.locator("#agenda-status").textContent()).contains("1");
        screenshot(page, "organiser-agenda");
        assertThat(rowText(page, "#agenda-grid", "Closing plenary")).contains("Sala Verde").contains("9:00");
        click(page, "#agenda-day-" + startDay);
        assertThat(rowText(page, "#agenda-grid", "Workshop on peer support")).contains("Sala Gialla").contains("11:00");
        assertThat(rowText(page, "#agenda-grid", "Workshop on outreach")).contains("Sala Verde").contains("10:00");
        page.context().close();
    }

    /** Adds an agenda item on the selected day (at the time the editor proposes unless {@code at} is given). */
    private static void item(Page page, String title, String at, String room) {
        click(page, "#agenda-add");
        type(page, "#item-title", title);
        if (at != null) {
            time(page, "#item-start", at);
        }
        choose(page, "#item-room", room);
        click(page, "#item-save");
        page.locator("#agenda-item-dialog").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        cell(page, "#agenda-grid", title);
    }

    private static void time(Page page, String selector, String value) {
        var input = page.locator(selector + " input").first();
        input.fill(value);
        input.press("Enter");
        idle(page);
    }

    @Test
    @Order(3)
    void three_visitors_sign_up_two_are_confirmed_and_the_third_waits() throws Exception {
        assertThat(register("Amal Nasser", "en-GB", 1280)).startsWith("You are registered.");
        assertThat(register("Bruno Costa", "fr-FR", 375)).startsWith("Vous êtes inscrit(e).");
        assertThat(register("Chiara Russo", "en-GB", 375)).contains("you are on the waiting list, position 1.");
        assertThat(register("Dario Greco", "en-GB", 1280)).contains("you are on the waiting list, position 2.");
    }

    @Test
    @Order(4)
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
    @Order(5)
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

    @Test
    @Order(6)
    void a_participant_downloads_the_agenda_pdf_and_the_calendar_files_and_both_parse() throws Exception {
        var page = person("en-GB", 375);
        signIn(page, email("Chiara Russo"), PASSWORD);
        open(page, seminarPath);
        var seminarIcs = calendar(download(page, "#seminar-calendar-download"));
        var seminarEvent = seminarIcs.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").getFirst();
        assertThat(seminarEvent.getSummary().getValue()).isEqualTo(TITLE);
        assertThat(seminarEvent.getDateTimeStart().getValue()).isEqualTo(startDay.atTime(9, 0).format(ICAL_LOCAL));
        assertThat(seminarEvent.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Rome");

        click(page, "#seminar-agenda-link");
        page.waitForURL(url -> url.endsWith("/agenda"));
        idle(page);
        screenshot(page, "agenda");
        var pdf = download(page, "#agenda-pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(TITLE).contains("Opening plenary").contains("Workshop on peer support")
                    .contains("Closing plenary and statement").contains("Sala Gialla").contains("Sala Verde");
        }
        var agendaIcs = calendar(download(page, "#agenda-ics"));
        var summaries = agendaIcs.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getSummary().getValue()).toList();
        assertThat(summaries).contains("Opening plenary", "Workshop on outreach", "Workshop on peer support",
                "Closing plenary and statement");
        assertThat(agendaIcs.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT"))
                .allSatisfy(e -> assertThat(e.getProperty("ATTENDEE")).isEmpty());
        page.context().close();
    }

    @Test
    @Order(7)
    void a_participant_who_types_organiser_addresses_gets_the_not_allowed_page() {
        var page = person("en-GB", 1280);
        signIn(page, email("Chiara Russo"), PASSWORD);
        for (var path : java.util.List.of("organiser/seminars", "organiser/seminars/new",
                "organiser/seminars/" + seminarId + "/agenda", "organiser/seminars/" + seminarId + "/participants",
                "organiser/seminars/" + seminarId + "/check-in", "organiser/statistics", "admin/users", "admin/outbox",
                "statements/checklists")) {
            open(page, path);
            assertThat(page.locator("#access-denied-page").isVisible()).as(path).isTrue();
            assertThat(page.locator("#access-denied-page").innerText()).as(path).doesNotContain("Exception");
        }
        screenshot(page, "not-allowed");
        var csv = page.request().get("api/seminars/" + seminarId + "/participants.csv");
        assertThat(csv.status()).as("the participants' CSV").isIn(403, 404);
        assertThat(csv.text()).doesNotContain("Bruno Costa");
        page.context().close();
    }

    @Test
    @Order(8)
    void a_participant_who_switches_to_french_meets_no_english_on_the_journey() {
        var page = person("en-GB", 1280);
        signIn(page, email("Dario Greco"), PASSWORD);
        open(page, "");
        page.waitForNavigation(() -> choose(page, "#language-switch", "Français"));
        idle(page);
        var english = new EnglishText(TITLE, "Peer work with migrants", "Palazzo delle Aquile", "Palermo",
                "Opening plenary", "Workshop on outreach", "Workshop on peer support", "Closing plenary and statement",
                "Sala Gialla", "Sala Verde", "Dario Greco", "Outreach service", "participants-briefing");
        for (var path : java.util.List.of("", "seminars", seminarPath, seminarPath + "/agenda", "my/seminars", "profile",
                "my/data", "statements")) {
            open(page, path);
            assertThat(english.leftOn(page)).as("English left on /" + path).isEmpty();
        }
        page.context().close();
    }

    @Test
    @Order(9)
    void a_visitor_registers_with_the_keyboard_alone() {
        var name = "Noor Rahman";
        var page = person("en-GB", 1280);
        open(page, seminarPath + "/register");
        tabTo(page, "#reg-account-name");
        keys(page, name);
        tabTo(page, "#reg-account-email");
        keys(page, email(name));
        tabTo(page, "#reg-account-password");
        keys(page, PASSWORD);
        tabTo(page, "#reg-account-confirm");
        keys(page, PASSWORD);
        tabTo(page, "#reg-organisation");
        keys(page, "Harm reduction service");
        tabTo(page, "#reg-country");
        keys(page, "Italy");
        // The filtered list comes from the server: choose once it shows the country.
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Italy")).first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        idle(page);
        tabTo(page, "#reg-sector");
        page.keyboard().press("Enter");
        chooseFocusedSector(page);
        tabTo(page, "#reg-privacy");
        page.keyboard().press("Space");
        idle(page);
        tabTo(page, "#reg-submit");
        page.keyboard().press("Enter");
        // A new account's registration waits for its address: the next step is the link of the e-mail.
        page.locator("#reg-check-email").waitFor();
        idle(page);
        open(page, verificationLink(server, email(name)));
        assertThat(page.locator("#verify-result").textContent()).doesNotContain("does not work");
        // Signing in with the keyboard too.
        open(page, "login");
        tabTo(page, "#login-form input[name='username']");
        keys(page, email(name));
        tabTo(page, "#login-form input[name='password']");
        keys(page, PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        idle(page);
        var status = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            open(page, seminarPath + "/register");
            page.locator("#reg-status").waitFor();
            return page.locator("#reg-status").textContent();
        }, text -> !text.contains("e-mail"));
        assertThat(status).contains("you are on the waiting list");
        page.context().close();
    }

    /** Presses Tab until the focus is inside {@code selector} (at most 80 times). */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => !!(document.activeElement && document.activeElement.closest(s))", selector)) {
                idle(page);
                return;
            }
        }
        throw new AssertionError("The keyboard never reaches " + selector);
    }

    private static void keys(Page page, String text) {
        page.keyboard().type(text);
        idle(page);
    }

    private static final DateTimeFormatter ICAL_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private static byte[] download(Page page, String selector) throws java.io.IOException {
        var download = page.waitForDownload(() -> page.locator(selector).click());
        return java.nio.file.Files.readAllBytes(download.path());
    }

    /** Parses with iCal4j and validates, as a calendar client would read it. */
    private static net.fortuna.ical4j.model.Calendar calendar(byte[] bytes) throws Exception {
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.ByteArrayInputStream(bytes));
        var result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        return calendar;
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
        fillRegistration(page, seminarPath, name, email(name), PASSWORD);
        screenshot(page, "register-" + name.split(" ")[0].toLowerCase(Locale.ROOT));
        click(page, "#reg-submit");
        page.locator("#reg-check-email").waitFor();
        screenshot(page, "register-check-email");
        var outcome = verifyAndLook(page, server, seminarPath, email(name), PASSWORD);
        page.context().close();
        return outcome;
    }

    static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + TITLE.substring(TITLE.length() - 6) + "@e2e.convene.test";
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

}

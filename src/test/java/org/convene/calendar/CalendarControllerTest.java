package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.calendar.Icals.events;
import static org.convene.calendar.Icals.parseValid;
import static org.convene.calendar.Icals.value;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarService;
import org.convene.seminar.Theme;
import org.convene.seminar.Visibility;
import org.convene.account.CalendarTokenService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.RequestBuilder;

@ExtendWith(OutputCaptureExtension.class)
@org.convene.TestStandIns.Use
class CalendarControllerTest extends IntegrationTest {

    @Autowired
    CalendarTokenService calendarTokens;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    SeminarService seminars;
    @Autowired
    TestCalendarSource source;

    String organiser;

    @BeforeEach
    void setUp() {
        organiser = aUser("Feed Organiser", Role.ORGANISER);
    }

    /** Creates as an organiser and leaves the test anonymous again. */
    private String seminar(SeminarForm form, boolean publish) {
        signIn(organiser);
        var id = seminars.create(form);
        if (publish) {
            seminars.publish(id);
        }
        var publicId = seminars.get(id).publicId();
        signOut();
        return publicId;
    }

    private long seminarId(String publicId) {
        signIn(organiser);
        try {
            return seminars.findByPublicId(publicId).orElseThrow().id();
        } finally {
            signOut();
        }
    }

    private MvcTestResult perform(RequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static SeminarForm form(String title, int days, Theme theme, Visibility visibility) {
        var f = aSeminarForm(title, days, 20);
        return new SeminarForm(f.title(), f.summary(), f.description(), EnumSet.of(theme), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), f.timeZone(), f.startsAt(),
                f.endsAt(), f.languages(), f.capacity(), f.registrationOpensAt(), f.registrationClosesAt(), false,
                visibility);
    }

    @Test
    void a_published_seminar_downloads_as_text_calendar_with_validators_and_head_works() throws Exception {
        var publicId = seminar(aSeminarForm("Download " + UUID.randomUUID(), 30, 20), true);

        var get = perform(get("/calendar/seminars/" + publicId + ".ics"));
        var response = get.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType()))
                .isEqualTo(MediaType.parseMediaType("text/calendar; charset=utf-8"));
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"convene-" + publicId + ".ics\"");
        var etag = response.getHeader(HttpHeaders.ETAG);
        var lastModified = response.getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(etag).startsWith("\"");
        assertThat(lastModified).isNotBlank();
        assertThat(events(parseValid(body(get)))).hasSize(1);

        var headResult = perform(head("/calendar/seminars/" + publicId + ".ics"));
        assertThat(headResult.getResponse().getStatus()).isEqualTo(200);
        assertThat(headResult.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(headResult.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(headResult.getResponse().getContentType()).startsWith("text/calendar");

        var byEtag = perform(get("/calendar/seminars/" + publicId + ".ics").header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(byEtag.getResponse().getStatus()).isEqualTo(304);
        assertThat(byEtag.getResponse().getContentAsByteArray()).isEmpty();
        var byDate = perform(get("/calendar/seminars/" + publicId + ".ics")
                .header(HttpHeaders.IF_MODIFIED_SINCE, lastModified));
        assertThat(byDate.getResponse().getStatus()).isEqualTo(304);
        var headByEtag = perform(head("/calendar/seminars/" + publicId + ".ics").header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(headByEtag.getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void unlisted_and_cancelled_seminars_download_by_their_link_and_drafts_do_not() throws Exception {
        var unlisted = seminar(form("Unlisted " + UUID.randomUUID(), 30, Theme.GENDER, Visibility.UNLISTED), true);
        var draft = seminar(aSeminarForm("Draft " + UUID.randomUUID(), 30, 20), false);
        var cancelled = seminar(aSeminarForm("Called off " + UUID.randomUUID(), 30, 20), true);
        var cancelledId = seminarId(cancelled);
        signIn(organiser);
        seminars.cancel(cancelledId, "No venue");
        signOut();

        assertThat(perform(get("/calendar/seminars/" + unlisted + ".ics")).getResponse().getStatus()).isEqualTo(200);
        var cancelledBody = body(perform(get("/calendar/seminars/" + cancelled + ".ics")));
        assertThat(value(events(parseValid(cancelledBody)).getFirst(), "STATUS")).isEqualTo("CANCELLED");
        assertThat(perform(get("/calendar/seminars/" + draft + ".ics")).getResponse().getStatus()).isEqualTo(404);
        signIn(organiser);
        // Not even for an organiser's session: the download is for people, drafts are not for them yet.
        assertThat(perform(get("/calendar/seminars/" + draft + ".ics")).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void unknown_and_malformed_names_are_404_and_nothing_is_logged_as_an_error(CapturedOutput output) throws Exception {
        for (var path : List.of("/calendar/seminars/doesnotexist.ics", "/calendar/seminars/abc.txt",
                "/calendar/seminars/abc", "/calendar/seminars/" + "a".repeat(300) + ".ics",
                "/calendar/feeds/personal/short.ics", "/calendar/feeds/personal/" + "x".repeat(43) + ".ics",
                "/calendar/feeds/personal/" + "x".repeat(43) + ".txt")) {
            assertThat(perform(get(path)).getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(perform(head(path)).getResponse().getStatus()).as(path).isEqualTo(404);
        }
        // Spring Security's firewall turns these away before any controller: 400, still not a 500.
        for (var path : List.of("/calendar/seminars/%27%22%3Cscript%3E.ics", "/calendar/feeds/personal/%00.ics", "/calendar/seminars/a%20b.ics",
                "/calendar/seminars/..%2F..%2Fetc.ics")) {
            assertThat(perform(get(path)).getResponse().getStatus()).as(path).isIn(400, 404);
        }
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void the_public_feed_lists_upcoming_public_seminars_only_and_filters_by_theme(CapturedOutput output) throws Exception {
        var tag = UUID.randomUUID().toString();
        var listed = seminar(form("Feed listed " + tag, 1, Theme.ONLINE_GAMBLING_GAMING_NEW_ADDICTIONS, Visibility.PUBLIC), true);
        var other = seminar(form("Feed other theme " + tag, 1, Theme.CHILDREN_OF_PARENTS_WHO_USE_DRUGS, Visibility.PUBLIC), true);
        seminar(form("Feed unlisted " + tag, 1, Theme.ONLINE_GAMBLING_GAMING_NEW_ADDICTIONS, Visibility.UNLISTED), true);
        seminar(form("Feed draft " + tag, 1, Theme.ONLINE_GAMBLING_GAMING_NEW_ADDICTIONS, Visibility.PUBLIC), false);

        var all = perform(get("/calendar/feeds/public.ics"));
        assertThat(all.getResponse().getStatus()).isEqualTo(200);
        assertThat(all.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename=\"convene-seminars.ics\"");
        var allBody = body(all);
        parseValid(allBody);
        assertThat(allBody).contains("Feed listed " + tag).contains("Feed other theme " + tag)
                .doesNotContain("Feed unlisted " + tag).doesNotContain("Feed draft " + tag)
                .doesNotContain("ATTENDEE").contains("METHOD:PUBLISH");

        var themed = body(perform(get("/calendar/feeds/public.ics").param("theme", "online_gambling_gaming_new_addictions")));
        assertThat(themed).contains("Feed listed " + tag).doesNotContain("Feed other theme " + tag);
        assertThat(themed).contains(listed).doesNotContain(other);

        // Feeds are kept for a while, but a committed change shows at once.
        var listedId = seminarId(listed);
        signIn(organiser);
        var renamed = SeminarForm.of(seminars.editable(listedId));
        seminars.update(listedId, new SeminarForm("Feed renamed " + tag, renamed.summary(), renamed.description(),
                renamed.themes(), renamed.format(), renamed.venueName(), renamed.venueAddress(), renamed.venueCity(),
                renamed.venueCountry(), renamed.onlineLink(), renamed.timeZone(), renamed.startsAt(), renamed.endsAt(),
                renamed.languages(), renamed.capacity(), renamed.registrationOpensAt(), renamed.registrationClosesAt(),
                renamed.approvalRequired(), renamed.visibility()));
        signOut();
        var afterChange = perform(get("/calendar/feeds/public.ics"));
        assertThat(body(afterChange)).contains("Feed renamed " + tag).doesNotContain("Feed listed " + tag);
        assertThat(afterChange.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(all.getResponse().getHeader(HttpHeaders.ETAG));

        var etag = afterChange.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(perform(get("/calendar/feeds/public.ics").header(HttpHeaders.IF_NONE_MATCH, etag))
                .getResponse().getStatus()).isEqualTo(304);
        assertThat(perform(head("/calendar/feeds/public.ics")).getResponse().getStatus()).isEqualTo(200);

        // A cancelled seminar leaves the feed: the feed's Last-Modified moves on although no item in it changed.
        var lastModified = perform(get("/calendar/feeds/public.ics")).getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        var otherId = seminarId(other);
        signIn(organiser);
        seminars.cancel(otherId, "Postponed to next year");
        signOut();
        var afterCancel = perform(get("/calendar/feeds/public.ics").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified));
        assertThat(afterCancel.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(afterCancel)).doesNotContain("Feed other theme " + tag);

        assertThat(perform(get("/calendar/feeds/public.ics").param("theme", "nonsense")).getResponse().getStatus()).isEqualTo(400);
        assertThat(perform(get("/calendar/feeds/public.ics").param("theme", "GENDER", "HUMAN_RIGHTS")).getResponse().getStatus()).isEqualTo(400);
        assertThat(perform(get("/calendar/feeds/public.ics").param("theme", "x".repeat(5000))).getResponse().getStatus()).isEqualTo(400);
        assertThat(perform(get("/calendar/feeds/public.ics").param("theme", "")).getResponse().getStatus()).isEqualTo(200);
        assertThat(perform(get("/calendar/feeds/public.ics").param("page", "-1").param("size", "99999999999"))
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void a_personal_feed_shows_the_persons_seminars_and_items_and_a_new_token_revokes_the_old(CapturedOutput output)
            throws Exception {
        var tag = UUID.randomUUID().toString();
        var mine = seminar(aSeminarForm("Mine " + tag, 20, 20), true);
        var notMine = seminar(aSeminarForm("Not mine " + tag, 20, 20), true);
        var anna = aUser("Anna Feed");
        var bruno = aUser("Bruno Feed");
        source.confirm(idOf(anna), seminarId(mine));
        source.confirm(idOf(bruno), seminarId(notMine));
        var rome = ZoneId.of("Europe/Rome");
        var now = LocalDateTime.now(rome);
        source.star(idOf(anna),
                new CalendarEntry("recent-" + tag + "@convene", 0, "Recent panel " + tag, "", "Room B", "", rome,
                        now.minusDays(3), now.minusDays(3).plusHours(1), Instant.now(), Instant.now(), false),
                new CalendarEntry("old-" + tag + "@convene", 0, "Old panel " + tag, "", "Room C", "", rome,
                        now.minusDays(90), now.minusDays(90).plusHours(1), Instant.now(), Instant.now(), false));

        signIn(anna);
        var token = calendarTokens.regenerate();
        signOut();

        var feed = perform(get("/calendar/feeds/personal/" + token + ".ics"));
        assertThat(feed.getResponse().getStatus()).isEqualTo(200);
        assertThat(feed.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("private");
        var text = body(feed);
        parseValid(text);
        assertThat(text).contains("Mine " + tag).contains("Recent panel " + tag)
                .doesNotContain("Not mine " + tag).doesNotContain("Old panel " + tag)
                .doesNotContain("ATTENDEE").doesNotContain(anna).doesNotContain(bruno);
        assertThat(perform(head("/calendar/feeds/personal/" + token + ".ics")).getResponse().getStatus()).isEqualTo(200);

        signIn(anna);
        var newToken = calendarTokens.regenerate();
        signOut();
        assertThat(newToken).isNotEqualTo(token);
        assertThat(perform(get("/calendar/feeds/personal/" + token + ".ics")).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(get("/calendar/feeds/personal/" + newToken + ".ics")).getResponse().getStatus()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }
}

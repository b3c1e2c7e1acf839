package org.convene.seminar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withTitle;
import static org.convene.seminar.ui.SeminarUiFixtures.text;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.base.ui.Formats;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@org.convene.TestStandIns.Use
class SeminarPageViewTest extends KaribuTest {

    @Autowired
    SeminarService seminars;

    private String organiser;
    private String title;

    @BeforeEach
    void signInAsOrganiser() {
        organiser = aUser("Paolo Organiser", Role.ORGANISER, Role.PARTICIPANT);
        signIn(organiser);
        title = "Page " + UUID.randomUUID();
    }

    @Test
    void a_visitor_reads_a_published_seminar_at_its_public_link() {
        var seminar = seminars.get(published(title));
        signOut();

        UI.getCurrent().navigate("seminars/" + seminar.publicId());
        assertThat(_get(H2.class, spec -> spec.withId("seminar-title")).getText()).isEqualTo(title);
        var when = text(_get(Div.class, spec -> spec.withId("seminar-when")));
        assertThat(when).contains(Formats.dateTime(seminar.startsAt(), Locale.ENGLISH))
                .contains(Formats.zoneAbbreviation(seminar.timeZone(), seminar.endsAt(), Locale.ENGLISH));
        assertThat(text(_get(Div.class, spec -> spec.withId("seminar-venue"))))
                .contains("Palazzo delle Aquile").contains("Palermo").contains("Italy");
        assertThat(text(_get(Div.class, spec -> spec.withId("seminar-languages")))).contains("English, French");
        _assertNone(Span.class, spec -> spec.withId("seminar-your-time"));
        _assertNone(RouterLink.class, spec -> spec.withId("seminar-edit-link"));
        _assertNone(Div.class, spec -> spec.withId("seminar-cancelled-banner"));
    }

    @Test
    void a_draft_is_not_found_for_a_participant_but_shown_to_an_organiser() {
        var draft = seminars.get(seminars.create(aSeminarForm(title, 40, 30)));
        UI.getCurrent().navigate("seminars/" + draft.publicId());
        assertThat(_get(H2.class, spec -> spec.withId("seminar-title")).getText()).isEqualTo(title);
        assertThat(_get(RouterLink.class, spec -> spec.withId("seminar-edit-link")).getHref())
                .isEqualTo(SeminarEditorView.editUrl(draft.id()));

        signIn(aUser("Petra Participant"));
        UI.getCurrent().navigate("seminars/" + draft.publicId());
        _assertOne(Div.class, spec -> spec.withId("seminar-not-found"));
        _assertNone(H2.class, spec -> spec.withId("seminar-title"));
    }

    @Test
    void an_unknown_link_shows_a_friendly_not_found() {
        signOut();
        UI.getCurrent().navigate("seminars/no-such-seminar");
        assertThat(text(_get(Div.class, spec -> spec.withId("seminar-not-found")))).contains("Seminar not found");
    }

    @Test
    void a_viewer_whose_zone_differs_also_sees_the_times_in_their_own_zone() {
        var seminar = seminars.get(published(title));
        signIn(aUser("Nora New-Yorker"));
        accounts.updateProfile("Nora New-Yorker", Locale.ENGLISH, "America/New_York");

        UI.getCurrent().navigate("seminars/" + seminar.publicId());
        var local = seminar.startInstant().atZone(java.time.ZoneId.of("America/New_York")).toLocalDateTime();
        assertThat(_get(Span.class, spec -> spec.withId("seminar-your-time")).getText())
                .contains(Formats.dateTime(local, Locale.ENGLISH)).contains("America/New_York");
    }

    @Test
    void a_viewer_in_a_zone_with_the_same_times_gets_no_second_time() {
        var seminar = seminars.get(published(title));
        signIn(aUser("Pierre Parisian"));
        UI.getCurrent().navigate("seminars/" + seminar.publicId());
        _assertOne(H2.class, spec -> spec.withId("seminar-title"));
        _assertNone(Span.class, spec -> spec.withId("seminar-your-time"));
    }

    @Test
    void html_in_the_title_is_shown_as_text() {
        var script = "<script>alert('x')</script><b>Bold</b> " + title;
        var seminar = seminars.get(published(script));
        signOut();

        UI.getCurrent().navigate("seminars/" + seminar.publicId());
        assertThat(_get(H2.class, spec -> spec.withId("seminar-title")).getText()).isEqualTo(script);
        assertThat(_find(Html.class)).isEmpty();
        var heading = _get(H2.class, spec -> spec.withId("seminar-title")).getElement();
        assertThat(heading.getChildCount()).isOne();
        assertThat(heading.getChild(0).isTextNode()).isTrue();
    }

    @Test
    void sections_of_other_modules_are_added_to_the_page() {
        var seminar = seminars.get(published(title + " " + MarkerPageSection.TAG));
        var other = seminars.get(published(title));
        signOut();

        UI.getCurrent().navigate("seminars/" + seminar.publicId());
        assertThat(_get(Span.class, spec -> spec.withId("test-section")).getText())
                .isEqualTo("Section for " + seminar.publicId());
        UI.getCurrent().navigate("seminars/" + other.publicId());
        _assertNone(Span.class, spec -> spec.withId("test-section"));
    }

    private long published(String seminarTitle) {
        var id = seminars.create(withTitle(aSeminarForm(seminarTitle, 40, 30), seminarTitle));
        seminars.publish(id);
        return id;
    }
}

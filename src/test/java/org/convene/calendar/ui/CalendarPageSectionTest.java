package org.convene.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarPageSectionTest extends KaribuTest {

    @Autowired
    SeminarService seminars;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("Section Organiser", Role.ORGANISER);
    }

    private String seminar(boolean publish) {
        signIn(organiser);
        var id = seminars.create(aSeminarForm("Calendar section " + UUID.randomUUID(), 30, 20));
        if (publish) {
            seminars.publish(id);
        }
        return seminars.get(id).publicId();
    }

    @Test
    void a_visitor_gets_the_ics_download_of_a_published_seminar_but_no_feed_hint() {
        var publicId = seminar(true);
        signOut();

        UI.getCurrent().navigate("seminars/" + publicId);
        var download = _get(Anchor.class, spec -> spec.withId("seminar-calendar-download"));
        assertThat(download.getHref()).isEqualTo("calendar/seminars/" + publicId + ".ics");
        assertThat(download.getText()).isEqualTo("Add to my calendar (.ics)");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(download.getElement().hasAttribute("router-ignore")).isTrue();
        _assertNone(Paragraph.class, spec -> spec.withId("seminar-calendar-feed-hint"));
    }

    @Test
    void a_signed_in_person_is_pointed_to_their_personal_feed_in_the_profile() {
        var publicId = seminar(true);
        signIn(aUser("Section Reader"));

        UI.getCurrent().navigate("seminars/" + publicId);
        _get(Paragraph.class, spec -> spec.withId("seminar-calendar-feed-hint"));
        assertThat(_get(RouterLink.class, spec -> spec.withId("seminar-calendar-feed-link")).getHref()).isEqualTo("profile");
    }

    @Test
    void a_draft_shown_to_its_organiser_has_no_calendar_section() {
        var publicId = seminar(false);

        UI.getCurrent().navigate("seminars/" + publicId);
        _assertNone(Div.class, spec -> spec.withId("seminar-calendar-section"));
    }
}

package org.convene.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.convene.account.CurrentUser;
import org.convene.account.ui.ProfileView;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.ui.SeminarPageSection;

/**
 * "Add to my calendar" on the public seminar page (the .ics download of the calendar module) and, for
 * signed-in people, where their personal feed lives. Never for drafts, which have no public calendar.
 */
@org.springframework.stereotype.Component
class CalendarPageSection implements SeminarPageSection {

    private final CurrentUser currentUser;

    CalendarPageSection(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> create(SeminarDetails seminar) {
        if (seminar.status() == SeminarStatus.DRAFT) {
            return Optional.empty();
        }
        var box = new Div();
        box.setId("seminar-calendar-section");
        box.addClassName("convene-card");
        var download = new Anchor("calendar/seminars/" + seminar.publicId() + ".ics",
                box.getTranslation("calendar.section.download"));
        download.setId("seminar-calendar-download");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        var links = new Div(VaadinIcon.CALENDAR.create(), download);
        links.addClassName("convene-links");
        box.add(new H3(box.getTranslation("calendar.section.title")), links);
        if (currentUser.get().isPresent()) {
            var profile = new RouterLink(box.getTranslation("calendar.section.feed-link"), ProfileView.class);
            profile.setId("seminar-calendar-feed-link");
            var hint = new Paragraph(new Text(box.getTranslation("calendar.section.feed-hint") + " "), profile);
            hint.setId("seminar-calendar-feed-hint");
            box.add(hint);
        }
        return Optional.of(box);
    }
}

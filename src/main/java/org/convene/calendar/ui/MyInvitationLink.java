package org.convene.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.convene.calendar.MyInvitationService;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.ui.MySeminarLinks;

/** "Add to my calendar" on a confirmed row of My seminars: the person's own invitation (.ics). */
@org.springframework.stereotype.Component
class MyInvitationLink implements MySeminarLinks {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Component> create(SeminarDetails seminar, Participation participation) {
        if (!participation.confirmed() || seminar.status() != SeminarStatus.PUBLISHED) {
            return List.of();
        }
        var link = new Anchor(MyInvitationService.path(seminar.publicId()), "");
        link.add(VaadinIcon.CALENDAR_O.create());
        link.add(link.getTranslation("calendar.my.add"));
        link.setId("my-invitation-" + seminar.publicId());
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.addClassName("convene-download-link");
        return List.of(link);
    }
}

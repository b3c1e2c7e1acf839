package org.convene.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.ui.SeminarOrganiserLink;
import org.convene.seminar.ui.SeminarPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agenda's place on the seminar page (read it, PDF, .ics) and in the organisers' seminar list. */
@Configuration(proxyBeanMethods = false)
class AgendaLinks {

    @Bean
    SeminarPageSection agendaPageSection() {
        return new SeminarPageSection() {
            @Override
            public int order() {
                return 20;
            }

            @Override
            public Optional<Component> create(SeminarDetails seminar) {
                if (seminar.status() == SeminarStatus.DRAFT) {
                    return Optional.empty();
                }
                var box = new Div();
                box.setId("seminar-agenda-section");
                box.addClassName("convene-card");
                var read = new RouterLink(box.getTranslation("agenda.section.read"), AgendaView.class,
                        new RouteParameters(AgendaView.PUBLIC_ID, seminar.publicId()));
                read.setId("seminar-agenda-link");
                var pdf = new Anchor("api/public/seminars/" + seminar.publicId() + "/agenda.pdf", box.getTranslation("agenda.section.pdf"));
                pdf.setRouterIgnore(true);
                pdf.getElement().setAttribute("download", true);
                var ics = new Anchor("calendar/seminars/" + seminar.publicId() + "/agenda.ics", box.getTranslation("agenda.section.ics"));
                ics.setRouterIgnore(true);
                ics.getElement().setAttribute("download", true);
                var links = new Div(VaadinIcon.CALENDAR_CLOCK.create(), read, new Div(pdf), new Div(ics));
                links.addClassName("convene-links");
                box.add(new H3(box.getTranslation("agenda.section.title")), links);
                return Optional.of(box);
            }
        };
    }

    @Bean
    SeminarOrganiserLink agendaEditorLink() {
        return new SeminarOrganiserLink() {
            @Override
            public int order() {
                return 5;
            }

            @Override
            public String id() {
                return "seminars-agenda";
            }

            @Override
            public String labelKey() {
                return "agenda.section.edit";
            }

            @Override
            public String icon() {
                return "calendar-clock";
            }

            @Override
            public Class<? extends Component> route() {
                return AgendaEditorView.class;
            }

            @Override
            public RouteParameters parameters(long seminarId) {
                return new RouteParameters("id", String.valueOf(seminarId));
            }
        };
    }
}

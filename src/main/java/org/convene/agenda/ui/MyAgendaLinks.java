package org.convene.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.PublishedAgenda;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.ui.MySeminarLinks;

/** The published agenda's PDF and .ics on a confirmed row of My seminars (nothing before it is published). */
@org.springframework.stereotype.Component
class MyAgendaLinks implements MySeminarLinks {

    private final AgendaPublishingService agendas;

    MyAgendaLinks(AgendaPublishingService agendas) {
        this.agendas = agendas;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Component> create(SeminarDetails seminar, Participation participation) {
        if (!participation.confirmed()
                || agendas.publishedForSeminar(seminar.id()).filter(PublishedAgenda::isPublished).isEmpty()) {
            return List.of();
        }
        var id = seminar.publicId();
        var ui = com.vaadin.flow.component.UI.getCurrent();
        var lang = ui != null && "fr".equals(ui.getLocale().getLanguage()) ? "?lang=fr" : "";
        return List.of(download("my-agenda-pdf-" + id, "api/public/seminars/" + id + "/agenda.pdf" + lang,
                        VaadinIcon.FILE_TEXT_O, "agenda.my.pdf"),
                download("my-agenda-ics-" + id, "calendar/seminars/" + id + "/agenda.ics",
                        VaadinIcon.CALENDAR_CLOCK, "agenda.my.ics"));
    }

    private static Anchor download(String id, String href, VaadinIcon icon, String key) {
        var link = new Anchor(href, "");
        link.add(icon.create());
        link.add(link.getTranslation(key));
        link.setId(id);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.addClassName("convene-download-link");
        return link;
    }
}

package org.convene.document.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.base.NotFoundException;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarService;
import org.convene.seminar.ui.SeminarPageView;

/**
 * The whole library of a seminar ({@code documents/seminar/<id>}) or of an expert group
 * ({@code documents/group/<id>}). Anyone may open it and sees what they may see; an unknown or
 * hidden owner is "not found".
 */
@Route("documents/:owner(seminar|group)/:id([0-9]{1,18})")
@AnonymousAllowed
public class LibraryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DocumentUi ui;
    private final transient SeminarService seminars;
    private final transient NetworkService network;
    LibraryPanel panel;
    private String title = "";

    LibraryView(DocumentUi ui, SeminarService seminars, NetworkService network) {
        this.ui = ui;
        this.seminars = seminars;
        this.network = network;
        setId("document-library-view");
        addClassName("document-view");
    }

    /** The route to a seminar's library. */
    public static RouteParameters seminar(long seminarId) {
        return new RouteParameters(java.util.Map.of("owner", "seminar", "id", String.valueOf(seminarId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var owner = event.getRouteParameters().get("owner").orElse("");
        var id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            if (owner.equals("seminar")) {
                var library = ui.documents.seminarLibrary(id);
                var seminar = seminars.findVisible(id).orElseThrow(NotFoundException::new);
                title = getTranslation("document.library.of", seminar.title());
                var back = new RouterLink(seminar.title(), SeminarPageView.class,
                        new RouteParameters(SeminarPageView.PUBLIC_ID, seminar.publicId()));
                panel = new LibraryPanel(ui.documents, ui.files, library, ui.zone());
                back.setId("document-library-owner");
                add(new H2(getTranslation("document.documents")), new Paragraph(back), panel);
            } else {
                var library = ui.documents.groupLibrary(id);
                var group = network.findForSystem(id).orElseThrow(NotFoundException::new);
                title = getTranslation("document.library.of", group.getName());
                panel = new LibraryPanel(ui.documents, ui.files, library, ui.zone());
                var groupName = new Paragraph(group.getName());
                groupName.setId("document-library-owner");
                add(new H2(getTranslation("document.documents")), groupName, panel);
            }
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("document.documents") : title) + " | " + getTranslation("app.name");
    }
}

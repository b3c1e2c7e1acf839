package org.convene.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.convene.seminar.ui.SeminarOrganiserLink;

/** "Documents" on the organisers' seminar list, beside participants and agenda. */
@org.springframework.stereotype.Component
class DocumentsOrganiserLink implements SeminarOrganiserLink {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String id() {
        return "seminars-documents";
    }

    @Override
    public String labelKey() {
        return "document.documents";
    }

    @Override
    public String icon() {
        return "folder-open-o";
    }

    @Override
    public Class<? extends Component> route() {
        return LibraryView.class;
    }

    @Override
    public RouteParameters parameters(long seminarId) {
        return new RouteParameters(new RouteParam("owner", "seminar"), new RouteParam("id", String.valueOf(seminarId)));
    }
}

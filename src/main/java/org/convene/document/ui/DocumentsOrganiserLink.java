package org.convene.document.ui;

import org.convene.seminar.Seminar;
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
    public String url(Seminar seminar) {
        return "documents/seminar/" + seminar.getId();
    }
}

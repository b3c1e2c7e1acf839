package org.convene.document.ui;

import java.time.ZoneId;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.convene.base.ui.Viewer;
import org.springframework.stereotype.Component;

/** What every document view needs: the services and the reader's time zone. */
@Component
class DocumentUi {

    final DocumentService documents;
    final DocumentFileService files;

    DocumentUi(DocumentService documents, DocumentFileService files) {
        this.documents = documents;
        this.files = files;
    }

    /** Times in the reader's own zone (see {@link Viewer}). */
    ZoneId zone() {
        return Viewer.zone();
    }
}

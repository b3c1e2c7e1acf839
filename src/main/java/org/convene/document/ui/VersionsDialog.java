package org.convene.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.time.ZoneId;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Notifications;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.convene.document.ItemRow;
import org.convene.document.VersionRow;

/** Every version of a file (each downloadable, with who and when) and, for those who may, a new one. */
class VersionsDialog extends Dialog {

    final Grid<VersionRow> grid = new Grid<>(VersionRow.class, false);
    final Upload upload = new Upload();
    private final transient DocumentService documents;
    private final ItemRow row;

    VersionsDialog(DocumentService documents, DocumentFileService files, ItemRow row, ZoneId zone, Runnable changed) {
        this.documents = documents;
        this.row = row;
        setId("document-versions");
        setHeaderTitle(getTranslation("document.versions.of", row.title()));
        setWidth("min(760px, 96vw)");
        grid.setId("document-versions-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(v -> {
            var a = new Anchor(DocumentLabels.downloadUrl(row.id(), v.number(), false),
                    getTranslation("document.version.short", v.number()) + " · " + v.fileName());
            a.setRouterIgnore(true);
            a.getElement().setAttribute("download", true);
            return a;
        }).setHeader(getTranslation("document.file")).setFlexGrow(3);
        grid.addColumn(v -> DocumentLabels.size(this, v.size())).setHeader(getTranslation("document.size")).setFlexGrow(0).setWidth("7em");
        grid.addColumn(v -> (v.addedBy().isBlank() ? "" : v.addedBy() + ", ") + Formats.instant(v.addedAt(), zone, getLocale()))
                .setHeader(getTranslation("document.added")).setFlexGrow(2);
        add(grid);
        if (row.canChange()) {
            upload.setId("document-version-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxBytes()));
            upload.setI18n(DocumentLabels.uploadI18n(this));
            upload.setUploadHandler(new StoreUploadHandler((name, in) -> files.newVersion(row.id(), name, in),
                    (number, name) -> {
                        Notifications.success(getTranslation("document.version.added", number));
                        reload();
                        changed.run();
                    }));
            add(new Paragraph(getTranslation("document.version.new")), upload);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        reload();
    }

    void reload() {
        grid.setItems(documents.versions(row.id()));
    }
}

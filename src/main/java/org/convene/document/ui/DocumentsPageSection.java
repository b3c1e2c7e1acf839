package org.convene.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.convene.base.ConveneException;
import org.convene.document.ItemKind;
import org.convene.document.ItemRow;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.ui.SeminarPageSection;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * "Documents" on the seminar page: what this viewer may see in the seminar's library (the latest
 * few), with a link to the whole library. Nothing when there is nothing for them and they may not add.
 */
@org.springframework.stereotype.Component
class DocumentsPageSection implements SeminarPageSection {

    static final int SHOWN = 8;

    private final DocumentUi ui;

    DocumentsPageSection(DocumentUi ui) {
        this.ui = ui;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Component> create(SeminarDetails seminar) {
        try {
            var library = ui.documents.seminarLibrary(seminar.id());
            var page = ui.documents.items(library.id(), null, null,
                    PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, "updatedAt")));
            var canAdd = library.canManage() || ui.documents.folders(library.id()).stream().anyMatch(f -> f.canAdd());
            if (page.isEmpty() && !canAdd) {
                return Optional.empty();
            }
            var box = new Div();
            box.setId("seminar-documents-section");
            box.addClassName("convene-card");
            box.addClassName("document-section");
            box.add(new H3(box.getTranslation("document.documents")));
            var list = new Div();
            list.addClassName("document-section-list");
            page.forEach(row -> list.add(line(box, row)));
            if (page.isEmpty()) {
                list.add(new Span(box.getTranslation("document.empty-list")));
            }
            var all = new RouterLink(box.getTranslation(page.getTotalElements() > SHOWN ? "document.section.all-count"
                    : "document.section.open", page.getTotalElements()), LibraryView.class, LibraryView.seminar(seminar.id()));
            all.setId("seminar-documents-open");
            box.add(list, all);
            return Optional.of(box);
        } catch (ConveneException hidden) {
            return Optional.empty();
        }
    }

    private static Component line(Component owner, ItemRow row) {
        var icon = DocumentLabels.icon(row);
        icon.addClassName("document-icon");
        Anchor a;
        if (row.kind() == ItemKind.LINK) {
            a = new Anchor(row.url(), row.title());
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer");
        } else {
            a = new Anchor(DocumentLabels.downloadUrl(row.id(), null, false), row.title());
            a.setRouterIgnore(true);
            a.getElement().setAttribute("download", true);
        }
        var meta = new Span(row.kind() == ItemKind.LINK ? owner.getTranslation("document.link")
                : row.typeLabel() + " · " + DocumentLabels.size(owner, row.size()));
        meta.addClassName("document-meta");
        var line = new Div(icon, a, meta);
        line.addClassName("document-section-line");
        return line;
    }
}

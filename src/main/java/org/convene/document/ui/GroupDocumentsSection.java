package org.convene.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Optional;
import org.convene.base.ConveneException;
import org.convene.network.ExpertGroup;
import org.convene.network.ui.GroupPageSection;

/** The group's library under its details in the expert groups view. */
@org.springframework.stereotype.Component
class GroupDocumentsSection implements GroupPageSection {

    private final DocumentUi ui;

    GroupDocumentsSection(DocumentUi ui) {
        this.ui = ui;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(ExpertGroup group) {
        try {
            var library = ui.documents.groupLibrary(group.getId());
            var box = new Div();
            box.setId("group-documents");
            box.addClassName("document-section");
            box.setWidthFull();
            var panel = new LibraryPanel(ui.documents, ui.files, library, ui.zone());
            panel.useCompactRows();
            box.add(new H3(box.getTranslation("document.documents")), panel);
            return Optional.of(box);
        } catch (ConveneException hidden) {
            return Optional.empty();
        }
    }
}

package org.convene.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.document.DocumentService;
import org.convene.document.DocumentVisibility;
import org.convene.document.FolderInfo;

/** New folder, or a folder's name and visibility; moving a folder to the trash. */
final class FolderDialog {

    /** As the service's {@code Folder.NAME_MAX}. */
    static final int NAME_MAX = 100;

    private FolderDialog() {
    }

    private static final class FolderInfoDraft {
        String name = "";
        DocumentVisibility visibility;
    }

    static Dialog open(Component owner, DocumentService documents, long libraryId, FolderInfo folder, Runnable done) {
        var dialog = new Dialog();
        dialog.setId("document-folder-dialog");
        dialog.setHeaderTitle(owner.getTranslation(folder == null ? "document.folder.new" : "document.folder.edit"));
        var name = new TextField(owner.getTranslation("document.folder.name"));
        name.setId("document-folder-name");
        Limits.limit(name, NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        var visibility = visibilitySelect(owner, false);
        visibility.setId("document-folder-visibility");
        // Name and visibility through one binder: both problems at once, the service checks again.
        var binder = new Binder<FolderInfoDraft>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator(Rules.line(owner, NAME_MAX, true)).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(visibility).withValidator(Rules.chosen(owner)).bind(d -> d.visibility, (d, v) -> d.visibility = v);
        var shown = new FolderInfoDraft();
        shown.name = folder == null ? "" : folder.name();
        shown.visibility = folder == null ? DocumentVisibility.PARTICIPANTS : folder.visibility();
        binder.readBean(shown);
        var errors = new FormErrors(owner).field("name", name).field("visibility", visibility);
        var save = new Button(owner.getTranslation("action.save"), e -> {
            errors.clear();
            var d = new FolderInfoDraft();
            if (!binder.writeBeanIfValid(d)) {
                binder.validate();
                return;
            }
            try {
                if (folder == null) {
                    documents.createFolder(libraryId, d.name, d.visibility);
                } else {
                    documents.updateFolder(folder.id(), d.name, d.visibility);
                }
            } catch (ConveneException ex) {
                errors.show(ex);
                return;
            }
            dialog.close();
            Notifications.success(owner.getTranslation("document.folder.saved"));
            done.run();
        });
        save.setId("document-folder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, visibility));
        if (folder != null) {
            var delete = new Button(owner.getTranslation("document.folder.delete"), e -> {
                documents.trashFolder(folder.id());
                dialog.close();
                Notifications.success(owner.getTranslation("document.trashed", DocumentLabels.folderName(owner, folder.name())));
                done.run();
            });
            delete.setId("document-folder-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().add(delete);
        }
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    /** Visibility choices; with {@code inherit}, an empty choice meaning "as the folder". */
    static Select<DocumentVisibility> visibilitySelect(Component owner, boolean inherit) {
        var select = new Select<DocumentVisibility>();
        select.setLabel(owner.getTranslation("document.visibility"));
        select.setItems(DocumentVisibility.values());
        select.setItemLabelGenerator(v -> v == null ? owner.getTranslation("document.visibility.inherit")
                : owner.getTranslation("document.visibility." + v.name()));
        if (inherit) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(owner.getTranslation("document.visibility.inherit"));
        }
        return select;
    }
}

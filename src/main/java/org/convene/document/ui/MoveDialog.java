package org.convene.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Rules;
import org.convene.base.ui.Notifications;
import org.convene.document.DocumentService;
import org.convene.document.FolderInfo;
import org.convene.document.ItemRow;

/** Moves an item to another folder of its library (those the viewer may add to). */
final class MoveDialog {

    private MoveDialog() {
    }

    /** The folders an item could go to: the viewer may add there, and it is not where the item is. */
    static List<FolderInfo> targets(List<FolderInfo> folders, ItemRow row) {
        return folders.stream().filter(f -> f.canAdd() && f.id() != row.folderId()).toList();
    }

    static Dialog open(Component owner, DocumentService documents, ItemRow row, List<FolderInfo> folders, Runnable done) {
        var dialog = new Dialog();
        dialog.setId("document-move-dialog");
        dialog.setHeaderTitle(owner.getTranslation("document.move.title", row.title()));
        var target = new Select<FolderInfo>();
        target.setId("document-move-folder");
        target.setLabel(owner.getTranslation("document.move.to"));
        target.setItems(targets(folders, row));
        target.setItemLabelGenerator(f -> DocumentLabels.folderName(owner, f.name()) + " · "
                + DocumentLabels.visibility(owner, f.visibility()));
        target.setRequiredIndicatorVisible(true);
        target.setWidthFull();
        var errors = new FormErrors(owner).field("folder", target);
        var rule = Rules.one(target, Rules.chosen(owner));
        var move = new Button(owner.getTranslation("document.move"), e -> {
            errors.clear();
            if (!rule.validate().isOk()) {
                return;
            }
            var chosen = target.getValue();
            try {
                documents.move(row.id(), chosen == null ? null : chosen.id());
            } catch (ConveneException ex) {
                errors.show(ex);
                return;
            }
            dialog.close();
            Notifications.success(owner.getTranslation("document.moved", row.title(),
                    DocumentLabels.folderName(owner, chosen.name())));
            done.run();
        });
        move.setId("document-move-save");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(target);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), move);
        dialog.open();
        return dialog;
    }
}

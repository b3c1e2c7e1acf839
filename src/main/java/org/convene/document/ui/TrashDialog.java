package org.convene.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import org.convene.base.ui.Notifications;
import org.convene.document.DocumentService;
import org.convene.document.FolderInfo;
import org.convene.document.ItemRow;

/** What was deleted from a library: restore it, or empty the trash (the only real deletion). */
class TrashDialog extends Dialog {

    final Grid<FolderInfo> folders = new Grid<>(FolderInfo.class, false);
    final Grid<ItemRow> items = new Grid<>(ItemRow.class, false);
    final Button empty = new Button();
    private final transient DocumentService documents;
    private final long libraryId;
    private final Runnable changed;

    TrashDialog(DocumentService documents, long libraryId, Runnable changed) {
        this.documents = documents;
        this.libraryId = libraryId;
        this.changed = changed;
        setId("document-trash-dialog");
        setHeaderTitle(getTranslation("document.trash"));
        setWidth("min(760px, 96vw)");
        folders.setId("document-trash-folders");
        folders.setAllRowsVisible(true);
        folders.addColumn(FolderInfo::name).setHeader(getTranslation("document.folder")).setFlexGrow(3);
        folders.addComponentColumn(f -> restore(() -> documents.restoreFolder(f.id()), DocumentLabels.folderName(folders, f.name()), "f" + f.id()))
                .setKey("restore").setFlexGrow(0).setWidth("9em");
        items.setId("document-trash-items");
        items.setAllRowsVisible(true);
        items.addColumn(ItemRow::title).setHeader(getTranslation("document.title")).setFlexGrow(3);
        items.addComponentColumn(r -> restore(() -> documents.restoreItem(r.id()), r.title(), "i" + r.id()))
                .setKey("restore").setFlexGrow(0).setWidth("9em");
        empty.setId("document-trash-empty");
        empty.setText(getTranslation("document.trash.empty"));
        empty.addThemeVariants(ButtonVariant.LUMO_ERROR);
        empty.addClickListener(e -> confirmEmpty());
        add(new H4(getTranslation("document.trash.folders")), folders, new H4(getTranslation("document.trash.items")), items);
        getFooter().add(empty, new Button(getTranslation("action.close"), e -> close()));
        reload();
    }

    private Button restore(Runnable action, String name, String id) {
        var b = new Button(getTranslation("document.restore"), e -> {
            action.run();
            Notifications.success(getTranslation("document.restored", name));
            reload();
            changed.run();
        });
        b.setId("document-restore-" + id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void confirmEmpty() {
        var confirm = new ConfirmDialog();
        confirm.setId("document-trash-confirm");
        confirm.setHeader(getTranslation("document.trash.empty"));
        confirm.setText(getTranslation("document.trash.empty-confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("document.trash.empty"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> emptyNow());
        confirm.open();
    }

    void emptyNow() {
        var n = documents.emptyTrash(libraryId);
        Notifications.success(getTranslation("document.trash.emptied", n));
        reload();
        changed.run();
    }

    void reload() {
        var f = documents.trashedFolders(libraryId);
        var i = documents.trashedItems(libraryId);
        folders.setItems(f);
        items.setItems(i);
        empty.setEnabled(!f.isEmpty() || !i.isEmpty());
    }
}

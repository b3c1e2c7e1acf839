package org.convene.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneId;
import java.util.List;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Notifications;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.convene.document.FolderInfo;
import org.convene.document.ItemKind;
import org.convene.document.ItemRow;
import org.convene.document.LibraryInfo;

/**
 * One library: pick a folder, search, sort, upload (several files, drag and drop, streamed), add a
 * link, preview, download (one file or the folder as ZIP), edit, new version, trash. What the
 * viewer may not do is not offered; the services check again.
 */
public class LibraryPanel extends VerticalLayout {

    final Select<FolderInfo> folder = new Select<>();
    final TextField search = new TextField();
    final Grid<ItemRow> grid = new Grid<>(ItemRow.class, false);
    final Upload upload = new Upload();
    final Checkbox notify = new Checkbox();
    final Button addLink = new Button();
    final Button newFolder = new Button();
    final Button editFolder = new Button();
    final Button trash = new Button();
    final Anchor zip = new Anchor();
    private final transient DocumentService documents;
    private final transient DocumentFileService files;
    private final LibraryInfo library;
    private final ZoneId zone;
    /** Narrow screens: size and date move from their columns into the line under the title. */
    private boolean compact;
    private boolean alwaysCompact;
    private com.vaadin.flow.shared.Registration resize;

    public LibraryPanel(DocumentService documents, DocumentFileService files, LibraryInfo library, ZoneId zone) {
        this.documents = documents;
        this.files = files;
        this.library = library;
        this.zone = zone;
        addClassName("document-library");
        setPadding(false);
        setId("document-library");

        folder.setId("document-folder");
        folder.setLabel(getTranslation("document.folder"));
        folder.setItemLabelGenerator(f -> DocumentLabels.folderName(this, f.name()) + " · " + DocumentLabels.visibility(this, f.visibility()));
        folder.addValueChangeListener(e -> folderChanged());
        search.setId("document-search");
        search.setLabel(getTranslation("document.search"));
        search.setPlaceholder(getTranslation("document.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        Limits.search(search, 100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        newFolder.setId("document-new-folder");
        newFolder.setText(getTranslation("document.folder.new"));
        newFolder.setIcon(VaadinIcon.FOLDER_ADD.create());
        newFolder.addClickListener(e -> FolderDialog.open(this, documents, library.id(), null, this::reloadFolders));
        editFolder.setId("document-edit-folder");
        editFolder.setText(getTranslation("document.folder.edit"));
        editFolder.setIcon(VaadinIcon.COG_O.create());
        editFolder.addClickListener(e -> FolderDialog.open(this, documents, library.id(), folder.getValue(), this::reloadFolders));
        trash.setId("document-trash");
        trash.setText(getTranslation("document.trash"));
        trash.setIcon(VaadinIcon.TRASH.create());
        trash.addClickListener(e -> new TrashDialog(documents, library.id(), this::reloadFolders).open());
        addLink.setId("document-add-link");
        addLink.setText(getTranslation("document.link.add"));
        addLink.setIcon(VaadinIcon.LINK.create());
        addLink.addClickListener(e -> ItemDialog.link(this, documents, folder.getValue().id(), this::refresh));
        zip.setId("document-zip");
        zip.setText(getTranslation("document.zip"));
        zip.setRouterIgnore(true);
        zip.getElement().setAttribute("download", true);
        for (var b : List.of(newFolder, editFolder, trash, addLink)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        newFolder.setVisible(library.canManage());
        editFolder.setVisible(library.canManage());
        trash.setVisible(library.canManage());

        upload.setId("document-upload");
        upload.setMaxFiles(20);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxBytes()));
        upload.setAcceptedFileTypes(org.convene.document.DocumentFileService.ACCEPTED_EXTENSIONS);
        upload.setI18n(DocumentLabels.uploadI18n(this));
        upload.setUploadHandler(new StoreUploadHandler(
                (name, in) -> files.upload(folder.getValue().id(), name, in, null), this::uploaded));
        notify.setId("document-notify");
        notify.setLabel(getTranslation("document.notify"));

        configureGrid();
        var filters = new HorizontalLayout(folder, search);
        filters.addClassName("document-filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var actions = new Div(zip, addLink, newFolder, editFolder, trash);
        actions.addClassName("document-actions");
        var uploadRow = new Div(upload, notify);
        uploadRow.addClassName("document-upload-row");
        add(filters, actions, uploadRow, grid);
        reloadFolders();
    }

    private void configureGrid() {
        grid.setId("document-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("document.title")).setKey("title")
                .setSortable(true).setFlexGrow(4).setAutoWidth(false);
        grid.addColumn(r -> r.kind() == ItemKind.LINK ? "—" : DocumentLabels.size(this, r.size()))
                .setHeader(getTranslation("document.size")).setKey("size").setSortable(true).setFlexGrow(0).setWidth("7em");
        grid.addColumn(r -> (r.addedBy().isBlank() ? "" : r.addedBy() + ", ")
                        + Formats.instant(r.updatedAt(), zone, getLocale()))
                .setHeader(getTranslation("document.updated")).setKey("updatedAt").setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(this::actionsCell).setHeader("").setKey("actions").setFlexGrow(0).setWidth("5.5em");
        grid.setItems(q -> documents.items(library.id(), searching() ? null : folderId(), search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setEmptyStateText(getTranslation("document.empty-list"));
    }

    private Component titleCell(ItemRow r) {
        var icon = DocumentLabels.icon(r);
        icon.addClassName("document-icon");
        Component title;
        if (r.kind() == ItemKind.LINK) {
            var a = new Anchor(r.url(), r.title());
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer");
            title = a;
        } else {
            var a = new Anchor(DocumentLabels.downloadUrl(r.id(), null, false), r.title());
            a.setRouterIgnore(true);
            a.getElement().setAttribute("download", true);
            title = a;
        }
        var head = new Div(icon, title);
        head.addClassName("document-title");
        var meta = new Span(meta(r));
        meta.addClassName("document-meta");
        var cell = new Div(head, meta);
        if (!r.description().isBlank()) {
            var d = new Span(r.description());
            d.addClassName("document-description");
            cell.add(d);
        }
        return cell;
    }

    private String meta(ItemRow r) {
        var parts = new java.util.ArrayList<String>();
        if (r.kind() == ItemKind.FILE) {
            parts.add(r.typeLabel());
            parts.add(getTranslation("document.version.short", r.version()));
            if (compact) {
                parts.add(DocumentLabels.size(this, r.size()));
            }
        }
        if (compact) {
            parts.add(Formats.instant(r.updatedAt(), zone, getLocale()));
        }
        if (!r.language().isBlank()) {
            parts.add(r.language().toUpperCase(java.util.Locale.ROOT));
        }
        parts.add(DocumentLabels.visibility(this, r.visibility()));
        if (searching()) {
            folders().stream().filter(f -> f.id() == r.folderId()).findFirst().ifPresent(f -> parts.add(DocumentLabels.folderName(this, f.name())));
        }
        return String.join(" · ", parts);
    }

    private Component actionsCell(ItemRow r) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.setId("document-actions-" + r.id());
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("document.actions"));
        var sub = root.getSubMenu();
        if (r.previewable()) {
            sub.addItem(getTranslation("document.preview"), e -> preview(r));
        }
        if (r.kind() == ItemKind.FILE) {
            sub.addItem(getTranslation("document.versions"), e -> versions(r));
        }
        if (r.canChange()) {
            sub.addItem(getTranslation("document.edit"), e -> edit(r));
            if (!MoveDialog.targets(folders(), r).isEmpty()) {
                sub.addItem(getTranslation("document.move.action"), e -> move(r));
            }
            sub.addItem(getTranslation("document.share"), e -> share(r));
            MenuItem delete = sub.addItem(getTranslation("document.delete"), e -> trashItem(r));
            delete.addClassName("document-danger");
        }
        return menu;
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> adapt(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> adapt(e.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }

    /** Always the compact rows (size and date under the title), for narrow places such as the group details. */
    public void useCompactRows() {
        alwaysCompact = true;
        adapt(1);
    }

    private void adapt(int width) {
        var narrow = alwaysCompact || (width > 0 && width < 700);
        if (narrow != compact) {
            compact = narrow;
            grid.getColumnByKey("size").setVisible(!compact);
            grid.getColumnByKey("updatedAt").setVisible(!compact);
            refresh();
        }
    }

    // ---------------------------------------------------------------- actions

    void preview(ItemRow r) {
        new PreviewDialog(r).open();
    }

    void versions(ItemRow r) {
        new VersionsDialog(documents, files, r, zone, this::refresh).open();
    }

    void edit(ItemRow r) {
        ItemDialog.edit(this, documents, r, this::refresh);
    }

    void move(ItemRow r) {
        MoveDialog.open(this, documents, r, folders(), this::refresh);
    }

    void share(ItemRow r) {
        documents.share(r.id());
        Notifications.success(getTranslation("document.shared"));
    }

    void trashItem(ItemRow r) {
        documents.trashItem(r.id());
        Notifications.success(getTranslation("document.trashed", r.title()));
        refresh();
    }

    private void uploaded(long itemId, String fileName) {
        if (notify.getValue()) {
            Notifications.attempt(this, () -> documents.share(itemId));
        }
        Notifications.success(getTranslation("document.uploaded", fileName));
        refresh();
    }

    // ---------------------------------------------------------------- state

    private List<FolderInfo> folders() {
        return folder.getListDataView().getItems().toList();
    }

    void reloadFolders() {
        var list = documents.folders(library.id());
        var selected = folder.getValue();
        folder.setItems(list);
        folder.setValue(selected != null && list.stream().anyMatch(f -> f.id() == selected.id())
                ? list.stream().filter(f -> f.id() == selected.id()).findFirst().orElseThrow()
                : list.isEmpty() ? null : list.getFirst());
        folderChanged();
    }

    private void folderChanged() {
        var f = folder.getValue();
        var canAdd = f != null && f.canAdd();
        upload.setVisible(canAdd);
        notify.setVisible(canAdd);
        addLink.setVisible(canAdd);
        editFolder.setEnabled(f != null);
        zip.setVisible(f != null);
        if (f != null) {
            zip.setHref(DocumentLabels.zipUrl(f.id()));
        }
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private boolean searching() {
        return !search.getValue().isBlank();
    }

    private Long folderId() {
        return folder.getValue() == null ? -1L : folder.getValue().id();
    }
}

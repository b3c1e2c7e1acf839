package org.convene.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.document.DocumentService;
import org.convene.document.DocumentVisibility;
import org.convene.document.ItemRow;
import org.convene.document.VersionRow;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The library view in a (browserless) UI: upload, visibility, new version, trash and restore. */
class LibraryViewTest extends KaribuTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    SeminarService seminars;
    @Autowired
    DocumentService documents;
    long seminarId;
    String organiser;

    @BeforeEach
    void anOrganiserOpensTheSeminarsLibrary() {
        organiser = aUser("Library Organiser", Role.ORGANISER);
        signIn(organiser);
        seminarId = seminars.create(aSeminarForm("Library " + UUID.randomUUID(), 30, 40));
        seminars.publish(seminarId);
        UI.getCurrent().navigate("documents/seminar/" + seminarId);
    }

    private Grid<ItemRow> grid() {
        @SuppressWarnings("unchecked")
        Grid<ItemRow> grid = _get(Grid.class, spec -> spec.withId("document-grid"));
        return grid;
    }

    private void upload(String name, byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("document-upload")), name, "application/pdf", bytes);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void files_uploaded_in_the_view_appear_in_the_folder_with_type_size_and_version() {
        @SuppressWarnings("unchecked")
        Select<org.convene.document.FolderInfo> folder = _get(Select.class, spec -> spec.withId("document-folder"));
        assertThat(folder.getValue().name()).isEqualTo("Background");
        upload("Background paper.pdf", PDF);
        upload("Second.pdf", "%PDF-1.7\nother\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._get(grid(), 0).title()).isIn("Background paper", "Second");
        var first = documents.items(documents.seminarLibrary(seminarId).id(), folder.getValue().id(), null, PageRequest.of(0, 5))
                .getContent().stream().filter(r -> r.title().equals("Background paper")).findFirst().orElseThrow();
        assertThat(first.size()).isEqualTo(PDF.length);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.typeLabel()).isEqualTo("PDF");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text")).contains("uploaded"));
    }

    @Test
    void the_default_folders_are_named_in_the_readers_language() {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.convene.document.FolderInfo> folder =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("document-folder"));
        var english = folder.getListDataView().getItems().map(f -> folder.getItemLabelGenerator().apply(f)).toList();
        assertThat(english).anyMatch(l -> l.startsWith("Reports · "));
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate("documents/seminar/" + seminarId);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.convene.document.FolderInfo> french =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("document-folder"));
        var labels = french.getListDataView().getItems().map(f -> french.getItemLabelGenerator().apply(f)).toList();
        assertThat(labels).anyMatch(l -> l.startsWith("Rapports · ")).anyMatch(l -> l.startsWith("Contexte · "))
                .noneMatch(l -> l.startsWith("Reports"));
    }

    @Test
    void a_refused_file_is_explained_and_not_listed() {
        upload("tool.pdf", "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(GridKt._size(grid())).isZero();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .contains("“tool.pdf” is really of type application/"));
    }

    @Test
    void the_visibility_of_an_item_is_changed_in_its_dialog() {
        upload("Draft minutes.pdf", PDF);
        var row = GridKt._get(grid(), 0);
        assertThat(row.visibility()).isEqualTo(DocumentVisibility.PUBLIC);
        _get(LibraryPanel.class).edit(row);
        @SuppressWarnings("unchecked")
        Select<DocumentVisibility> visibility = _get(Select.class, spec -> spec.withId("document-item-visibility"));
        _setValue(visibility, DocumentVisibility.ORGANISERS);
        _setValue(_get(TextField.class, spec -> spec.withId("document-item-title")), "Minutes (draft)");
        _click(_get(Button.class, spec -> spec.withId("document-item-save")));

        var changed = GridKt._get(grid(), 0);
        assertThat(changed.title()).isEqualTo("Minutes (draft)");
        assertThat(changed.visibility()).isEqualTo(DocumentVisibility.ORGANISERS);
        assertThat(changed.ownVisibility()).isTrue();
        signOut();
        UI.getCurrent().navigate("documents/seminar/" + seminarId);
        assertThat(GridKt._size(grid())).as("a visitor no longer sees it").isZero();
    }

    @Test
    void a_new_version_is_uploaded_from_the_versions_dialog() {
        upload("Report.pdf", PDF);
        _get(LibraryPanel.class).versions(GridKt._get(grid(), 0));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("document-version-upload")), "Report v2.pdf",
                "application/pdf", "%PDF-1.5\nversion two\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        MockVaadin.clientRoundtrip(false);
        @SuppressWarnings("unchecked")
        Grid<VersionRow> versions = _get(Grid.class, spec -> spec.withId("document-versions-grid"));
        assertThat(GridKt._size(versions)).isEqualTo(2);
        assertThat(GridKt._get(versions, 0).fileName()).isEqualTo("Report v2.pdf");
        assertThat(GridKt._get(grid(), 0).version()).isEqualTo(2);
    }

    @Test
    void an_item_moved_to_the_trash_is_restored_from_the_trash_dialog() {
        upload("Mistake.pdf", PDF);
        var row = GridKt._get(grid(), 0);
        _get(LibraryPanel.class).trashItem(row);
        assertThat(GridKt._size(grid())).isZero();

        _click(_get(Button.class, spec -> spec.withId("document-trash")));
        @SuppressWarnings("unchecked")
        Grid<ItemRow> trashed = _get(Grid.class, spec -> spec.withId("document-trash-items"));
        assertThat(GridKt._size(trashed)).isEqualTo(1);
        var restore = (Button) GridKt._getCellComponent(trashed, 0, "restore");
        assertThat(restore.getId()).contains("document-restore-i" + row.id());
        _click(restore);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._size(trashed)).isZero();
    }

    @Test
    void an_item_is_moved_to_another_folder_from_its_menu() {
        upload("Outcome draft.pdf", PDF);
        var row = GridKt._get(grid(), 0);
        var menu = (com.vaadin.flow.component.menubar.MenuBar) GridKt._getCellComponent(grid(), 0, "actions");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(menu, "Move to another folder");

        @SuppressWarnings("unchecked")
        Select<org.convene.document.FolderInfo> target = _get(Select.class, spec -> spec.withId("document-move-folder"));
        assertThat(target.getListDataView().getItems().map(org.convene.document.FolderInfo::name))
                .as("the other folders, not the item's own").containsExactlyInAnyOrder("Presentations", "Reports", "Outcome");
        _click(_get(Button.class, spec -> spec.withId("document-move-save")));
        assertThat(target.isInvalid()).as("no folder chosen: a message on the field").isTrue();
        assertThat(target.getErrorMessage()).isNotBlank();

        var outcome = target.getListDataView().getItems().filter(f -> f.name().equals("Outcome")).findFirst().orElseThrow();
        _setValue(target, outcome);
        _click(_get(Button.class, spec -> spec.withId("document-move-save")));

        assertThat(GridKt._size(grid())).as("gone from Background").isZero();
        assertThat(documents.item(row.id()).folderId()).isEqualTo(outcome.id());
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("“Outcome draft” moved to Outcome."));
        @SuppressWarnings("unchecked")
        Select<org.convene.document.FolderInfo> folder = _get(Select.class, spec -> spec.withId("document-folder"));
        _setValue(folder, folder.getListDataView().getItems().filter(f -> f.id() == outcome.id()).findFirst().orElseThrow());
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).title()).isEqualTo("Outcome draft");
    }

    @Test
    void a_pdf_opens_in_the_preview_dialog_which_reads_it_inline() {
        upload("Programme.pdf", PDF);
        var row = GridKt._get(grid(), 0);
        var menu = (com.vaadin.flow.component.menubar.MenuBar) GridKt._getCellComponent(grid(), 0, "actions");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(menu, "Preview");

        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("document-preview"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Programme");
        var frame = _get(dialog, com.vaadin.flow.component.html.IFrame.class);
        assertThat(frame.getSrc()).isEqualTo("api/public/documents/items/" + row.id() + "?inline=true");
    }

    @Test
    void the_upload_component_speaks_the_readers_language() {
        assertThat(_get(Upload.class, spec -> spec.withId("document-upload")).getI18n().getAddFiles().getMany())
                .isEqualTo("Upload files…");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate("documents/seminar/" + seminarId);
        var i18n = _get(Upload.class, spec -> spec.withId("document-upload")).getI18n();
        assertThat(i18n.getAddFiles().getMany()).isEqualTo("Déposer des fichiers…");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("Le fichier est trop volumineux.");
    }

    @Test
    void an_organiser_reaches_the_library_from_the_seminar_list() {
        UI.getCurrent().navigate(org.convene.seminar.ui.SeminarsView.class);
        @SuppressWarnings("unchecked")
        Grid<org.convene.seminar.SeminarRow> seminarsGrid = _get(Grid.class, spec -> spec.withId("seminars-grid"));
        seminarsGrid.asSingleSelect().setValue(seminars.row(seminarId));
        _click(_get(Button.class, spec -> spec.withId("seminars-documents")));

        assertThat(_get(LibraryPanel.class)).isNotNull();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("documents/seminar/" + seminarId);
    }

    @Test
    void a_participant_sees_no_upload_and_no_trash() {
        upload("For all.pdf", PDF);
        signIn(aUser("Library Visitor"));
        UI.getCurrent().navigate("documents/seminar/" + seminarId);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(_find(Upload.class, spec -> spec.withId("document-upload"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("document-trash"))).isEmpty();
    }

    @Test
    void a_link_with_a_bad_address_no_title_and_an_over_long_description_marks_all_three_and_keeps_them() {
        _click(_get(Button.class, spec -> spec.withId("document-add-link")));
        var description = "d".repeat(ItemDialog.DESCRIPTION_MAX + 1);
        _setValue(_get(TextField.class, spec -> spec.withId("document-item-url")), "ftp://files.example.org/a.pdf");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("document-item-description")),
                description);
        _click(_get(Button.class, spec -> spec.withId("document-item-save")));

        var url = _get(TextField.class, spec -> spec.withId("document-item-url"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getValue()).isEqualTo("ftp://files.example.org/a.pdf");
        assertThat(_get(TextField.class, spec -> spec.withId("document-item-title")).getErrorMessage())
                .isEqualTo("Please fill in this field.");
        var area = _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("document-item-description"));
        assertThat(area.getErrorMessage()).isEqualTo("At most 2,000 characters.");
        assertThat(area.getValue()).isEqualTo(description);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid())).isZero();
    }

    @Test
    void a_folder_without_a_name_is_marked_before_the_service_is_asked() {
        _click(_get(Button.class, spec -> spec.withId("document-new-folder")));
        _setValue(_get(TextField.class, spec -> spec.withId("document-folder-name")), "  ");
        _click(_get(Button.class, spec -> spec.withId("document-folder-save")));
        var name = _get(TextField.class, spec -> spec.withId("document-folder-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Please fill in this field.");
        _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("document-folder-dialog"));
    }
}

package org.convene.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: moving an item to another folder of its library. The mover must be allowed to change the
 * item and to add to the target; another library's folder or a trashed one is not found; a refusal
 * leaves the item where it was.
 */
class DocumentMoveTest extends DocumentWorld {

    LibraryInfo library;
    long background;
    long reports;
    long presentations;

    @BeforeEach
    void setUp() {
        buildWorld();
        signIn(organiser);
        library = documents.seminarLibrary(seminarId);
        background = folder(library, "Background");
        reports = folder(library, "Reports");
        presentations = folder(library, "Presentations");
    }

    @Test
    void an_organiser_moves_an_item_to_another_folder_where_it_is_listed_with_that_folders_visibility() throws Exception {
        var paper = uploadPdf(background, "Background paper", null);
        documents.updateFolder(reports, "Reports", DocumentVisibility.PARTICIPANTS);

        documents.move(paper, reports);

        assertThat(documents.item(paper).folderId()).isEqualTo(reports);
        assertThat(documents.item(paper).visibility()).as("inherited from the new folder").isEqualTo(DocumentVisibility.PARTICIPANTS);
        assertThat(documents.count(library.id(), reports)).isEqualTo(1);
        assertThat(documents.count(library.id(), background)).isZero();
        signIn(waitlisted);
        assertThatThrownBy(() -> documents.item(paper)).as("no longer public").isInstanceOf(NotFoundException.class);
    }

    @Test
    void no_folder_another_librarys_folder_or_a_trashed_folder_is_refused_and_nothing_moves() throws Exception {
        var paper = uploadPdf(background, "Background paper", null);
        var groupFolder = folder(documents.groupLibrary(groupId), "Working documents");
        var outcome = folder(library, "Outcome");
        documents.trashFolder(outcome);

        assertThatThrownBy(() -> documents.move(paper, null)).isInstanceOfSatisfying(ConveneException.class,
                e -> assertThat(e.getField()).isEqualTo("folder"));
        assertThatThrownBy(() -> documents.move(paper, groupFolder)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.move(paper, outcome)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.move(paper, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);

        assertThat(documents.item(paper).folderId()).isEqualTo(background);
    }

    @Test
    void a_speaker_keeps_own_slides_in_presentations_and_people_without_rights_move_nothing() throws Exception {
        signIn(speaker);
        var slides = uploadPdf(presentations, "My slides", null);
        assertThatThrownBy(() -> documents.move(slides, background)).isInstanceOf(AccessDeniedException.class);

        signIn(organiser);
        var hidden = uploadPdf(reports, "Organisers only", DocumentVisibility.ORGANISERS);
        var open = uploadPdf(reports, "For everyone", DocumentVisibility.PUBLIC);
        signIn(confirmed);
        assertThatThrownBy(() -> documents.move(open, background)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.move(hidden, background)).as("not even a hint that it exists")
                .isInstanceOf(NotFoundException.class);
        signIn(member);
        assertThatThrownBy(() -> documents.move(open, background)).isInstanceOf(AccessDeniedException.class);

        signIn(organiser);
        assertThat(documents.item(slides).folderId()).isEqualTo(presentations);
        assertThat(documents.item(hidden).folderId()).isEqualTo(reports);
        assertThat(documents.item(open).folderId()).isEqualTo(reports);
    }
}

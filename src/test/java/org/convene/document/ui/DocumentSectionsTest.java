package org.convene.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.convene.document.DocumentVisibility;
import org.convene.document.ItemDetails;
import org.convene.document.ItemRow;
import org.convene.network.GroupRow;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Documents section of the seminar page and the group's library in the expert groups view. */
class DocumentSectionsTest extends KaribuTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    NetworkService network;
    @Autowired
    DocumentService documents;
    @Autowired
    DocumentFileService files;

    @Test
    void the_seminar_page_lists_what_a_visitor_may_see_and_links_to_the_library() throws IOException {
        signIn(aUser("Section Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm("Section " + UUID.randomUUID(), 30, 40));
        seminars.publish(id);
        var library = documents.seminarLibrary(id);
        var background = documents.folders(library.id()).getFirst().id();
        files.upload(background, "open.pdf", new ByteArrayInputStream(LibraryViewTest.PDF), ItemDetails.titled("Open paper"));
        files.upload(background, "closed.pdf", new ByteArrayInputStream(LibraryViewTest.PDF),
                new ItemDetails("Closed paper", "", "", DocumentVisibility.PARTICIPANTS));
        var publicId = seminars.get(id).publicId();
        signOut();
        UI.getCurrent().navigate("seminars/" + publicId);
        var section = _get(Div.class, spec -> spec.withId("seminar-documents-section"));
        assertThat(section.getElement().getText() + textOf(section)).contains("Open paper").doesNotContain("Closed paper");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("seminar-documents-open")).getHref())
                .isEqualTo("documents/seminar/" + id);
    }

    @Test
    void a_group_member_finds_the_groups_library_under_its_details() {
        var member = aUser("Library Member", Role.EXPERT);
        signIn(aUser("Groups Organiser", Role.ORGANISER));
        var groupId = network.create(new GroupForm("Library group " + UUID.randomUUID(), GroupKind.EXPERT_GROUP, "", null));
        network.addMember(groupId, idOf(member));
        signIn(member);
        UI.getCurrent().navigate("groups");
        @SuppressWarnings("unchecked")
        Grid<GroupRow> groups = _get(Grid.class, spec -> spec.withId("groups-grid"));
        groups.asSingleSelect().setValue(GridKt._get(groups, 0));
        _get(Div.class, spec -> spec.withId("group-documents"));
        @SuppressWarnings("unchecked")
        Grid<ItemRow> grid = _get(Grid.class, spec -> spec.withId("document-grid"));
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("document-upload"))).hasSize(1);
    }

    private static String textOf(Div section) {
        return _find(section, Anchor.class).stream().map(Anchor::getText).reduce("", String::concat);
    }
}

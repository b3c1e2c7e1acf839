package org.convene.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.convene.base.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who sees what, for each kind of person, on every way in: listing, search, preview (the item),
 * download and ZIP through the service, and download and ZIP through the HTTP endpoint.
 */
class DocumentVisibilityTest extends DocumentWorld {

    @Autowired
    MockMvcTester mvc;

    long seminarPublic;
    long seminarParticipants;
    long seminarOrganisers;
    long groupPublic;
    long groupMembers;
    long groupCoordinator;
    long seminarFolder;
    long groupFolder;
    LibraryInfo seminarLibrary;
    LibraryInfo groupLibrary;

    @BeforeEach
    void setUp() throws IOException {
        buildWorld();
        signIn(organiser);
        seminarLibrary = documents.seminarLibrary(seminarId);
        groupLibrary = documents.groupLibrary(groupId);
        seminarFolder = folder(seminarLibrary, "Reports");
        seminarPublic = uploadPdf(seminarFolder, "Doc public", DocumentVisibility.PUBLIC);
        seminarParticipants = uploadPdf(seminarFolder, "Doc participants", null);
        seminarOrganisers = uploadPdf(seminarFolder, "Doc organisers", DocumentVisibility.ORGANISERS);
        groupFolder = folder(groupLibrary, "Working documents");
        groupPublic = uploadPdf(groupFolder, "Doc group public", DocumentVisibility.PUBLIC);
        groupMembers = uploadPdf(groupFolder, "Doc group members", null);
        groupCoordinator = uploadPdf(groupFolder, "Doc group coordinator", DocumentVisibility.ORGANISERS);
        signOut();
    }

    @Test
    void each_person_sees_exactly_what_their_place_allows_on_every_way_in() throws Exception {
        var seminarAll = List.of(seminarPublic, seminarParticipants, seminarOrganisers);
        var groupAll = List.of(groupPublic, groupMembers, groupCoordinator);
        var cases = new LinkedHashMap<String, List<Set<Long>>>();
        cases.put("anonymous", List.of(Set.of(seminarPublic), Set.of(groupPublic)));
        cases.put(waitlisted, List.of(Set.of(seminarPublic), Set.of(groupPublic)));
        cases.put(confirmed, List.of(Set.of(seminarPublic, seminarParticipants), Set.of(groupPublic)));
        cases.put(speaker, List.of(Set.copyOf(seminarAll), Set.of(groupPublic)));
        cases.put(otherExpert, List.of(Set.of(seminarPublic), Set.of(groupPublic)));
        cases.put(member, List.of(Set.of(seminarPublic), Set.of(groupPublic, groupMembers)));
        cases.put(coordinator, List.of(Set.of(seminarPublic), Set.copyOf(groupAll)));
        cases.put(organiser, List.of(Set.copyOf(seminarAll), Set.copyOf(groupAll)));

        for (var c : cases.entrySet()) {
            var who = c.getKey();
            as(who);
            check(who, seminarLibrary.id(), seminarFolder, seminarAll, c.getValue().get(0));
            check(who, groupLibrary.id(), groupFolder, groupAll, c.getValue().get(1));
        }
    }

    private void check(String who, long libraryId, long folderId, List<Long> all, Set<Long> visible) throws Exception {
        as(who); // MockMvc clears the thread's security context after each request
        var listed = documents.items(libraryId, folderId, null, PageRequest.of(0, 50)).map(ItemRow::id).toSet();
        assertThat(listed).as("listing for %s", who).isEqualTo(visible);
        var found = documents.items(libraryId, null, "doc", PageRequest.of(0, 50)).map(ItemRow::id).toSet();
        assertThat(found).as("search for %s", who).isEqualTo(visible);
        for (var id : all) {
            if (visible.contains(id)) {
                assertThat(documents.item(id).id()).isEqualTo(id);
                var out = new ByteArrayOutputStream();
                var d = files.open(id, null);
                files.write(d, 0, d.size() - 1, out);
                assertThat(out.toByteArray()).as("download %s for %s", id, who).isEqualTo(PDF);
            } else {
                assertThatThrownBy(() -> documents.item(id)).as("preview %s for %s", id, who).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> files.open(id, null)).as("download %s for %s", id, who).isInstanceOf(NotFoundException.class);
            }
        }
        var zip = new ByteArrayOutputStream();
        as(who);
        files.zip(folderId, zip);
        assertThat(zipEntries(zip.toByteArray())).as("zip for %s", who).hasSize(visible.size());

        for (var id : all) {
            var status = mvc.perform(http(get("/api/public/documents/items/" + id), who)).getResponse().getStatus();
            assertThat(status).as("HTTP download %s for %s", id, who).isEqualTo(visible.contains(id) ? 200 : 404);
        }
        var response = mvc.perform(http(get("/api/public/documents/folders/" + folderId + "/zip"), who)).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(zipEntries(response.getContentAsByteArray())).as("HTTP zip for %s", who).hasSize(visible.size());
    }

    @Test
    void a_draft_seminars_library_does_not_exist_for_anyone_but_organisers() throws Exception {
        signIn(organiser);
        var draft = seminars.create(org.convene.seminar.SeminarFixtures.aSeminarForm("Draft docs", 40, 10));
        var library = documents.seminarLibrary(draft);
        var id = uploadPdf(folder(library, "Background"), "Draft public", DocumentVisibility.PUBLIC);
        signIn(confirmed);
        assertThatThrownBy(() -> documents.seminarLibrary(draft)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.items(library.id(), null, null, PageRequest.of(0, 5))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.open(id, null)).isInstanceOf(NotFoundException.class);
        signOut();
        assertThat(mvc.perform(get("/api/public/documents/items/" + id)).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void who_may_add_organisers_members_and_speakers_in_presentations_only() throws Exception {
        signIn(member);
        var mine = uploadPdf(groupFolder, "Member paper", null);
        assertThat(documents.item(mine).canChange()).isTrue();
        signIn(speaker);
        var presentations = folder(documents.seminarLibrary(seminarId), "Presentations");
        var slides = uploadPdf(presentations, "My slides", null);
        assertThat(documents.item(slides).canChange()).isTrue();
        assertThatThrownBy(() -> uploadPdf(seminarFolder, "Not here", null))
                .isInstanceOf(org.convene.base.AccessDeniedException.class);
        assertThatThrownBy(() -> documents.trashItem(seminarPublic)).isInstanceOf(org.convene.base.AccessDeniedException.class);
        signIn(confirmed);
        assertThatThrownBy(() -> uploadPdf(presentations, "Participant slides", null))
                .isInstanceOf(org.convene.base.AccessDeniedException.class);
        assertThatThrownBy(() -> documents.trashItem(slides)).isInstanceOf(org.convene.base.AccessDeniedException.class);
        signIn(otherExpert);
        assertThatThrownBy(() -> uploadPdf(groupFolder, "Intruder", DocumentVisibility.PUBLIC)).isInstanceOf(NotFoundException.class);
        signIn(member);
        assertThatThrownBy(() -> documents.trashItem(groupPublic)).isInstanceOf(org.convene.base.AccessDeniedException.class);
    }

    private void as(String who) {
        if (who.equals("anonymous")) {
            signOut();
        } else {
            signIn(who);
        }
    }

    private MockHttpServletRequestBuilder http(MockHttpServletRequestBuilder request, String who) {
        if (who.equals("anonymous")) {
            return request;
        }
        var details = userDetailsService.loadUserByUsername(who);
        request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        return request;
    }

    static List<String> zipEntries(byte[] zip) throws IOException {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                in.readAllBytes();
            }
        }
        return names;
    }

}

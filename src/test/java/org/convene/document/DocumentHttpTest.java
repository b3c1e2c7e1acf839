package org.convene.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The HTTP side: Range (206/416), ETag and 304, RFC 6266 names, HEAD, uploads, and "tell the participants". */
class DocumentHttpTest extends DocumentWorld {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    byte[] bytes;
    long itemId;
    long folderId;

    @BeforeEach
    void setUp() throws IOException {
        // The header filter first, as in the server (base.security.SecurityHeadersConfiguration).
        buildWorld();
        signIn(organiser);
        var library = documents.seminarLibrary(seminarId);
        folderId = folder(library, "Background");
        bytes = DocumentFilesTest.uniquePdf(2 * 1024 * 1024 + 300);
        itemId = files.upload(folderId, "Rapport d’activité 2026 – été.pdf", new ByteArrayInputStream(bytes),
                new ItemDetails("Rapport", "", "fr", DocumentVisibility.PUBLIC));
        signOut();
    }

    @Test
    void a_whole_download_has_length_etag_and_the_utf8_file_name() throws Exception {
        var r = mvc.perform(get("/api/public/documents/items/" + itemId)).getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsByteArray()).isEqualTo(bytes);
        assertThat(r.getHeader("Content-Length")).isEqualTo(String.valueOf(bytes.length));
        assertThat(r.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(r.getHeader("X-Frame-Options")).as("a download is framed nowhere").isEqualTo("DENY");
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        assertThat(r.getHeader("Content-Disposition")).startsWith("attachment; filename=\"Rapport d_activit_ 2026 _ _t_.pdf\"")
                .contains("filename*=UTF-8''Rapport%20d%E2%80%99activit%C3%A9%202026%20%E2%80%93%20%C3%A9t%C3%A9.pdf");
        var etag = r.getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + files.open(itemId, null).sha256() + "\"");

        var again = mvc.perform(get("/api/public/documents/items/" + itemId).header("If-None-Match", etag)).getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        var headOnly = mvc.perform(head("/api/public/documents/items/" + itemId)).getResponse();
        assertThat(headOnly.getStatus()).isEqualTo(200);
        assertThat(headOnly.getHeader("Content-Length")).isEqualTo(String.valueOf(bytes.length));
        assertThat(headOnly.getContentAsByteArray()).isEmpty();
        var inline = mvc.perform(get("/api/public/documents/items/" + itemId).param("inline", "true")).getResponse();
        assertThat(inline.getHeader("Content-Disposition")).startsWith("inline;");
        assertThat(inline.getHeader("X-Frame-Options")).as("the preview dialog frames it").isEqualTo("SAMEORIGIN");
        assertThat(inline.getHeader("Content-Security-Policy")).contains("frame-ancestors 'self'").doesNotContain("sandbox");
    }

    @Test
    void a_middle_range_across_chunks_a_suffix_range_and_an_invalid_range() throws Exception {
        var from = (JdbcContentStore.MIB - JdbcContentStore.PACKET_ROOM) - 10;
        var to = (JdbcContentStore.MIB - JdbcContentStore.PACKET_ROOM) + 9;
        var middle = mvc.perform(get("/api/public/documents/items/" + itemId).header("Range", "bytes=" + from + "-" + to))
                .getResponse();
        assertThat(middle.getStatus()).isEqualTo(206);
        assertThat(middle.getHeader("Content-Range")).isEqualTo("bytes " + from + "-" + to + "/" + bytes.length);
        assertThat(middle.getHeader("Content-Length")).isEqualTo("20");
        assertThat(middle.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(bytes, from, to + 1));

        var suffix = mvc.perform(get("/api/public/documents/items/" + itemId).header("Range", "bytes=-500")).getResponse();
        assertThat(suffix.getStatus()).isEqualTo(206);
        assertThat(suffix.getHeader("Content-Range")).isEqualTo("bytes " + (bytes.length - 500) + "-" + (bytes.length - 1) + "/" + bytes.length);
        assertThat(suffix.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 500, bytes.length));

        var invalid = mvc.perform(get("/api/public/documents/items/" + itemId).header("Range", "bytes=" + bytes.length + "-"))
                .getResponse();
        assertThat(invalid.getStatus()).isEqualTo(416);
        assertThat(invalid.getHeader("Content-Range")).isEqualTo("bytes */" + bytes.length);

        var stale = mvc.perform(get("/api/public/documents/items/" + itemId).header("Range", "bytes=0-9")
                .header("If-Range", "\"not-the-etag\"")).getResponse();
        assertThat(stale.getStatus()).as("If-Range that does not match: the whole file").isEqualTo(200);
        assertThat(stale.getContentAsByteArray()).hasSize(bytes.length);
    }

    @Test
    void an_upload_over_http_into_a_database_without_room_is_507_and_keeps_nothing() throws Exception {
        var marker = "FULL-" + java.util.UUID.randomUUID();
        var pdf = DocumentFilesTest.pdfWithSecondChunk(marker);
        var items = "SELECT COUNT(*) FROM document_item WHERE folder_id = " + folderId;
        var before = jdbc.queryForObject(items, Long.class);
        try (var full = DocumentFilesTest.tableFullFor(jdbc, marker)) {
            var response = mvc.perform(post("/api/documents/folders/" + folderId + "/files").param("name", "minutes.pdf")
                    .content(pdf).with(csrf()).with(authentication(auth(organiser)))).getResponse();
            assertThat(response.getStatus()).isEqualTo(507);
            assertThat(response.getContentAsString()).contains("document.no-room").contains("minutes.pdf");
        }
        assertThat(jdbc.queryForObject(items, Long.class)).isEqualTo(before);
    }

    @Test
    void uploads_over_http_need_a_person_who_may_add_and_are_checked_like_any_other() throws Exception {
        var pdf = DocumentFilesTest.uniquePdf(70_000);
        var anonymous = mvc.perform(post("/api/documents/folders/" + folderId + "/files").param("name", "a.pdf")
                .content(pdf).with(csrf())).getResponse();
        assertThat(anonymous.getStatus()).isIn(401, 302, 403);

        var participant = mvc.perform(post("/api/documents/folders/" + folderId + "/files").param("name", "a.pdf")
                .content(pdf).with(csrf()).with(authentication(auth(confirmed)))).getResponse();
        assertThat(participant.getStatus()).isEqualTo(403);

        var ok = mvc.perform(post("/api/documents/folders/" + folderId + "/files").param("name", "a.pdf")
                .content(pdf).with(csrf()).with(authentication(auth(organiser)))).getResponse();
        assertThat(ok.getStatus()).isEqualTo(201);
        var id = Long.parseLong(ok.getContentAsString().replaceAll("\\D", ""));
        signIn(organiser);
        assertThat(documents.item(id).size()).isEqualTo(70_000);

        var exe = mvc.perform(post("/api/documents/items/" + id + "/versions").param("name", "b.pdf")
                .content("MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes()).with(csrf())
                .with(authentication(auth(organiser)))).getResponse();
        assertThat(exe.getStatus()).isEqualTo(422);
        assertThat(exe.getContentAsString()).contains("document.type.refused");
        signIn(organiser);
        assertThat(documents.versions(id)).hasSize(1);
    }

    @Test
    void telling_the_participants_queues_one_mail_per_person_who_can_see_it() throws Exception {
        signIn(organiser);
        var reports = folder(documents.seminarLibrary(seminarId), "Reports");
        var id = uploadPdf(reports, "Outcome note", null);
        documents.share(id);
        documents.share(id);
        var key = "DOCUMENT_SHARED:d" + id + ":%";
        // The mail is queued by an asynchronous listener after commit.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> count(key) >= 1);
        var recipients = jdbc.queryForList("SELECT recipient_user_id FROM outbox_message WHERE idempotency_key LIKE ?", Long.class, key);
        assertThat(recipients).as("confirmed participants only, once").containsExactly(idOf(confirmed));
        var subject = jdbc.queryForObject("SELECT subject FROM outbox_message WHERE idempotency_key LIKE ?", String.class, key);
        assertThat(subject).contains("Outcome note");
    }

    @Test
    void the_mail_names_a_default_folder_in_each_recipients_language() throws Exception {
        var french = uniqueEmail("membre.francophone");
        org.convene.base.security.SystemAuthentication.run(() -> accounts.createAccount(
                new org.convene.account.SignUpForm("Membre Francophone", french, PASSWORD), java.util.Locale.FRENCH,
                java.util.EnumSet.of(org.convene.account.Role.EXPERT)));
        signIn(organiser);
        network.addMember(groupId, idOf(french));
        var working = folder(documents.groupLibrary(groupId), "Working documents");
        var id = uploadPdf(working, "Draft opinion", null);
        documents.share(id);
        var key = "DOCUMENT_SHARED:d" + id + ":%";
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ? AND recipient_user_id IN (?, ?)",
                Long.class, key, idOf(french), idOf(member)) == 2);

        assertThat(body(key, idOf(french))).contains("Documents de travail").doesNotContain("Working documents");
        assertThat(body(key, idOf(member))).contains("Working documents");
    }

    private String body(String key, long userId) {
        return jdbc.queryForObject("SELECT text_body FROM outbox_message WHERE idempotency_key LIKE ? AND recipient_user_id = ?",
                String.class, key, userId);
    }

    private long count(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?", Long.class, key);
    }

    private Authentication auth(String email) {
        var details = userDetailsService.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}

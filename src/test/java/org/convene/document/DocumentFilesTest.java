package org.convene.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Versions, trash, the content store's guarantees (checksums, atomic uploads, sweep, limits) and type detection. */
class DocumentFilesTest extends DocumentWorld {

    @Autowired
    JdbcTemplate jdbc;
    LibraryInfo library;
    long folderId;

    @BeforeEach
    void setUp() {
        buildWorld();
        signIn(organiser);
        library = documents.seminarLibrary(seminarId);
        folderId = folder(library, "Background");
    }

    /** A PDF of {@code size} bytes that no other test has. */
    static byte[] uniquePdf(int size) {
        var bytes = new byte[size];
        new Random().nextBytes(bytes);
        System.arraycopy(PDF, 0, bytes, 0, PDF.length);
        return bytes;
    }

    private byte[] download(long itemId, Integer version) throws IOException {
        var d = files.open(itemId, version);
        var out = new ByteArrayOutputStream();
        files.write(d, 0, d.size() - 1, out);
        return out.toByteArray();
    }

    private long itemsIn(long folder) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM document_item WHERE folder_id = ?", Long.class, folder);
    }

    @Test
    void a_new_version_keeps_every_older_one_downloadable_with_who_and_when() throws IOException {
        var v1 = uniquePdf(3 * 1024 * 1024 + 17);
        var v2 = uniquePdf(1000);
        var id = files.upload(folderId, "report.pdf", new ByteArrayInputStream(v1), ItemDetails.titled("Report"));
        assertThat(files.newVersion(id, "report-final.pdf", new ByteArrayInputStream(v2))).isEqualTo(2);

        var row = documents.item(id);
        assertThat(row.version()).isEqualTo(2);
        assertThat(row.fileName()).isEqualTo("report-final.pdf");
        assertThat(row.size()).isEqualTo(1000);
        var versions = documents.versions(id);
        assertThat(versions).extracting(VersionRow::number).containsExactly(2, 1);
        assertThat(versions).allSatisfy(v -> assertThat(v.addedBy()).isEqualTo("Doc Organiser"));
        assertThat(download(id, 1)).isEqualTo(v1);
        assertThat(download(id, null)).isEqualTo(v2);
    }

    @Test
    void trash_hides_restore_brings_back_and_emptying_is_the_only_real_deletion() throws IOException {
        var id = uploadPdf(folderId, "Doomed", null);
        documents.trashItem(id);
        assertThat(documents.items(library.id(), folderId, null, PageRequest.of(0, 50)).map(ItemRow::id).toList()).doesNotContain(id);
        assertThat(documents.trashedItems(library.id())).extracting(ItemRow::id).contains(id);
        signIn(confirmed);
        assertThatThrownBy(() -> documents.item(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.trashedItems(library.id())).isInstanceOf(org.convene.base.AccessDeniedException.class);

        signIn(organiser);
        documents.restoreItem(id);
        assertThat(documents.items(library.id(), folderId, null, PageRequest.of(0, 50)).map(ItemRow::id).toList()).contains(id);

        var reports = folder(library, "Reports");
        var inFolder = uploadPdf(reports, "In a trashed folder", null);
        documents.trashFolder(reports);
        assertThat(documents.folders(library.id())).extracting(FolderInfo::id).doesNotContain(reports);
        assertThat(documents.trashedFolders(library.id())).extracting(FolderInfo::id).containsExactly(reports);
        documents.restoreFolder(reports);
        assertThat(documents.folders(library.id())).extracting(FolderInfo::id).contains(reports);

        documents.trashItem(id);
        documents.trashFolder(reports);
        assertThat(documents.emptyTrash(library.id())).as("an item, a folder and the item inside").isEqualTo(3);
        assertThatThrownBy(() -> documents.item(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.item(inFolder)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_version WHERE item_id IN (?, ?)", Long.class, id, inFolder)).isZero();
        assertThat(documents.trashedFolders(library.id())).isEmpty();
    }

    @Test
    void a_corrupted_chunk_is_an_error_naming_the_item_never_served_bytes() throws IOException {
        var bytes = uniquePdf(2 * 1024 * 1024 + 5);
        var id = files.upload(folderId, "budget.pdf", new ByteArrayInputStream(bytes), ItemDetails.titled("Budget 2027"));
        var sha = files.open(id, null).sha256();
        var second = jdbc.queryForObject("SELECT chunk_sha256 FROM document_content_chunk WHERE content_sha256 = ? AND seq = 1", String.class, sha);
        // Byte 101 always changes (writing 'X' over a random byte that already is 'X' would change nothing: 1 run in 256).
        jdbc.update("UPDATE document_chunk SET data = CONCAT(SUBSTRING(data, 1, 100), IF(SUBSTRING(data, 101, 1) = 'X', 'Y', 'X'), "
                + "SUBSTRING(data, 102)) WHERE sha256 = ?", second);

        var d = files.open(id, null);
        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> files.write(d, 0, d.size() - 1, out))
                .isInstanceOfSatisfying(DocumentCorruptedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("document.corrupted");
                    assertThat(e.getArgs()).contains("Budget 2027");
                });
        var chunk = JdbcContentStore.MIB - JdbcContentStore.PACKET_ROOM;
        assertThat(out.size()).as("only the first, intact chunk went out").isEqualTo(chunk);
        // A range inside the damaged chunk is refused too.
        assertThatThrownBy(() -> files.write(d, chunk + 10, chunk + 20, new ByteArrayOutputStream()))
                .isInstanceOf(DocumentCorruptedException.class);
    }

    @Test
    void an_interrupted_upload_leaves_no_row_and_the_sweep_removes_its_pieces() throws IOException {
        var before = itemsIn(folderId);
        var start = Instant.now();
        var source = new ByteArrayInputStream(uniquePdf(3 * 1024 * 1024));
        InputStream broken = new InputStream() {
            long read;

            @Override
            public int read() throws IOException {
                if (++read > 2 * 1024 * 1024 + 10) {
                    throw new IOException("connection reset");
                }
                return source.read();
            }
        };
        assertThatThrownBy(() -> files.upload(folderId, "broken.pdf", broken, null)).isInstanceOf(IOException.class);
        assertThat(itemsIn(folderId)).isEqualTo(before);
        var orphans = "SELECT COUNT(*) FROM document_chunk c WHERE c.touched_at >= ? AND NOT EXISTS "
                + "(SELECT 1 FROM document_content_chunk cc WHERE cc.chunk_sha256 = c.sha256)";
        assertThat(jdbc.queryForObject(orphans, Long.class, org.convene.base.db.UtcTimes.of(start.minusSeconds(1)))).isEqualTo(2);

        var kept = uploadPdf(folderId, "Kept", null);
        files.sweep(Duration.ofHours(1));
        assertThat(jdbc.queryForObject(orphans, Long.class, org.convene.base.db.UtcTimes.of(start.minusSeconds(1))))
                .as("within the grace period nothing is swept").isEqualTo(2);
        files.sweep(Duration.ZERO);
        assertThat(jdbc.queryForObject(orphans, Long.class, org.convene.base.db.UtcTimes.of(start.minusSeconds(1)))).isZero();
        assertThat(download(kept, null)).isEqualTo(PDF);
    }

    @Test
    void content_of_an_emptied_trash_is_swept_but_shared_content_stays() throws IOException {
        var bytes = uniquePdf(5000);
        var a = files.upload(folderId, "a.pdf", new ByteArrayInputStream(bytes), null);
        var b = files.upload(folderId, "b.pdf", new ByteArrayInputStream(bytes), null);
        var sha = files.open(a, null).sha256();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ?", Long.class, sha)).isOne();
        documents.trashItem(a);
        documents.emptyTrash(library.id());
        files.sweep(Duration.ZERO);
        assertThat(download(b, null)).isEqualTo(bytes);
        documents.trashItem(b);
        documents.emptyTrash(library.id());
        files.sweep(Duration.ZERO);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ?", Long.class, sha)).isZero();
    }

    @Test
    void the_size_limit_stops_a_stream_half_way_and_stores_nothing() {
        var before = itemsIn(folderId);
        var limit = files.maxBytes();
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                var i = served < PDF.length ? PDF[(int) served] & 0xff : 'x';
                served++;
                return i;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
        assertThatThrownBy(() -> files.upload(folderId, "huge.pdf", endless, null))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("document.too-large"));
        assertThat(endless.served).as("stopped right after the limit").isLessThanOrEqualTo(limit + 2L * 1024 * 1024);
        assertThat(itemsIn(folderId)).isEqualTo(before);
    }

    /**
     * MariaDB answers the write of a chunk that starts with {@code marker} with its own "table is full"
     * (error 1114, HY000), as it does when the tablespace cannot grow; other writes go through. Close to remove.
     */
    static AutoCloseable tableFullFor(JdbcTemplate jdbc, String marker) {
        jdbc.execute("CREATE TRIGGER document_chunk_full_test BEFORE UPDATE ON document_chunk FOR EACH ROW "
                + "IF LEFT(NEW.data, " + marker.length() + ") = '" + marker + "' THEN "
                + "SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1114, MESSAGE_TEXT = 'The table ''document_chunk'' is full'; END IF");
        return () -> jdbc.execute("DROP TRIGGER IF EXISTS document_chunk_full_test");
    }

    /** A PDF of three chunks and a bit whose second chunk starts with {@code marker}. */
    static byte[] pdfWithSecondChunk(String marker) {
        var chunk = JdbcContentStore.MIB - JdbcContentStore.PACKET_ROOM;
        var bytes = uniquePdf(3 * chunk + 100);
        var m = marker.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(m, 0, bytes, chunk, m.length);
        return bytes;
    }

    @Test
    void a_database_that_cannot_grow_stops_the_upload_with_a_clear_message_and_keeps_nothing() throws Exception {
        var before = itemsIn(folderId);
        var start = org.convene.base.db.UtcTimes.of(Instant.now().minusSeconds(1));
        var marker = "FULL-" + java.util.UUID.randomUUID();
        var bytes = pdfWithSecondChunk(marker);
        try (var full = tableFullFor(jdbc, marker)) {
            assertThatThrownBy(() -> files.upload(folderId, "minutes.pdf", new ByteArrayInputStream(bytes), null))
                    .isInstanceOfSatisfying(DocumentStoreFullException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("document.no-room");
                        assertThat(e.getArgs()).containsExactly("minutes.pdf");
                    });
        }
        assertThat(itemsIn(folderId)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_chunk WHERE LEFT(data, ?) = ?", Long.class,
                marker.length(), marker)).as("the chunk that met the full table").isZero();
        var orphans = "SELECT COUNT(*) FROM document_chunk c WHERE c.touched_at >= ? AND NOT EXISTS "
                + "(SELECT 1 FROM document_content_chunk cc WHERE cc.chunk_sha256 = c.sha256)";
        assertThat(jdbc.queryForObject(orphans, Long.class, start)).as("the chunks written before").isPositive();
        files.sweep(Duration.ZERO);
        assertThat(jdbc.queryForObject(orphans, Long.class, start)).isZero();

        // Once there is room again, the same file is stored whole.
        var id = files.upload(folderId, "minutes.pdf", new ByteArrayInputStream(bytes), null);
        assertThat(download(id, null)).isEqualTo(bytes);
    }

    @Test
    void a_chunk_that_another_upload_wrote_meanwhile_is_shared_not_written_twice() throws IOException {
        var bytes = uniquePdf(2 * 1024 * 1024 + 7);
        var a = files.upload(folderId, "a.pdf", new ByteArrayInputStream(bytes), null);
        var chunks = "SELECT COUNT(*) FROM document_content_chunk WHERE content_sha256 = ?";
        var sha = files.open(a, null).sha256();
        // The second upload finds every chunk there (only touched), the content too: one copy of each.
        var b = files.upload(folderId, "b.pdf", new ByteArrayInputStream(bytes), null);
        assertThat(files.open(b, null).sha256()).isEqualTo(sha);
        assertThat(jdbc.queryForObject(chunks, Long.class, sha)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_chunk WHERE size = 0 AND LENGTH(data) = 0", Long.class))
                .as("no empty row left by the two-step write").isZero();
        assertThat(download(b, null)).isEqualTo(bytes);
    }

    @Test
    void a_renamed_executable_is_refused_saying_what_it_really_is() {
        var exe = new byte[4096];
        var header = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, exe, 0, header.length);
        var pe = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(pe, 0, exe, 78, pe.length);
        exe[60] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        var before = itemsIn(folderId);
        assertThatThrownBy(() -> files.upload(folderId, "agenda.pdf", new ByteArrayInputStream(exe), null))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("document.type.refused");
                    assertThat(e.getField()).isEqualTo("file");
                    assertThat((String) e.getArgs()[1]).startsWith("application/").isNotEqualTo("application/pdf");
                });
        assertThat(itemsIn(folderId)).isEqualTo(before);
    }

    @Test
    void office_text_and_image_types_are_recognised_by_their_content() throws IOException {
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        var id = files.upload(folderId, "photo.bin", new ByteArrayInputStream(png), null);
        assertThat(documents.item(id).mediaType()).isEqualTo("image/png");
        var md = files.upload(folderId, "notes.md", new ByteArrayInputStream("# Notes\n\n- one\n".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(documents.item(md).typeLabel()).isEqualTo("Markdown");
        var csv = files.upload(folderId, "list.csv", new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(documents.item(csv).mediaType()).isEqualTo("text/csv");
        assertThatThrownBy(() -> files.upload(folderId, "page.pdf",
                new ByteArrayInputStream("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("document.type.refused"));
    }

    @Test
    void bad_titles_links_and_names_get_a_clear_message_and_store_nothing() throws IOException {
        var before = itemsIn(folderId);
        assertThatThrownBy(() -> files.upload(folderId, "x.pdf", new ByteArrayInputStream(PDF),
                ItemDetails.titled("t".repeat(201))))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getField()).isEqualTo("title");
                    assertThat(e.getMessageKey()).isEqualTo("validation.too-long");
                });
        assertThatThrownBy(() -> documents.addLink(folderId, "javascript:alert(1)", ItemDetails.titled("Bad")))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("url"));
        assertThatThrownBy(() -> documents.addLink(folderId, "ftp://example.org/x", ItemDetails.titled("Bad")))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("url"));
        assertThatThrownBy(() -> documents.describe(uploadPdf(folderId, "Fine", null),
                new ItemDetails("Fine", "d".repeat(2001), "", null)))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("description"));
        assertThat(itemsIn(folderId)).isEqualTo(before + 1);

        var link = documents.addLink(folderId, "HTTPS://www.emcdda.europa.eu/", ItemDetails.titled("EUDA"));
        assertThat(documents.item(link).url()).isEqualTo("https://www.emcdda.europa.eu/");
        var odd = files.upload(folderId, "../../etc/\u202Epasswd\u0007.pdf", new ByteArrayInputStream(PDF), null);
        assertThat(documents.item(odd).fileName()).isEqualTo("passwd.pdf");
        var same = files.upload(folderId, "passwd.pdf", new ByteArrayInputStream(PDF), null);
        assertThat(documents.item(same).fileName()).isEqualTo("passwd.pdf");
    }
}

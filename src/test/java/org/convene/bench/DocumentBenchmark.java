package org.convene.bench;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Upload and download speed of a 100 MB file through the document store (MariaDB, 1 MiB chunks,
 * SHA-256 per chunk and per file, checks on read) beside a plain copy of the same bytes on the same
 * disk, in one run: a copy left in the page cache, and a copy forced to disk (the database commits
 * durably, so that is the fair comparison for uploads). Fresh random bytes each round (no
 * de-duplication helps). Prints a table, asserts nothing.
 * Run: ./mvnw -B -Pbench test -Dtest=DocumentBenchmark
 */
@Benchmark
@org.springframework.test.context.TestPropertySource(properties = "convene.documents.max-mb=128")
class DocumentBenchmark extends IntegrationTest {

    static final int MB = 100;
    static final int ROUNDS = 3;

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentFileService files;
    @Autowired
    SeminarService seminars;

    @Test
    void upload_and_download_beside_a_plain_file_copy() throws IOException {
        var organiser = aUser("Bench Organiser", Role.ORGANISER);
        signIn(organiser);
        var seminarId = seminars.create(aSeminarForm("Bench " + UUID.randomUUID(), 30, 10));
        var library = documents.seminarLibrary(seminarId);
        var folderId = documents.folders(library.id()).getFirst().id();
        var dir = Files.createDirectories(Path.of("target", "bench-documents"));
        var source = dir.resolve("source.pdf");
        var copy = dir.resolve("copy.pdf");
        var back = dir.resolve("downloaded.pdf");
        var size = MB * 1024L * 1024;

        var copyCached = new ArrayList<Double>();
        var copySynced = new ArrayList<Double>();
        var upload = new ArrayList<Double>();
        var download = new ArrayList<Double>();
        var ids = new ArrayList<Long>();
        for (int round = 0; round < ROUNDS; round++) {
            write(source, size, round);
            copyCached.add(seconds(() -> Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING)));
            copySynced.add(seconds(() -> {
                Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (var ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }));
            var id = new long[1];
            upload.add(seconds(() -> {
                try (var in = Files.newInputStream(source)) {
                    id[0] = files.upload(folderId, "bench.pdf", in, null);
                }
            }));
            ids.add(id[0]);
            download.add(seconds(() -> {
                var d = files.open(id[0], null);
                try (OutputStream out = Files.newOutputStream(back)) {
                    files.write(d, 0, d.size() - 1, out);
                }
            }));
            if (Files.mismatch(source, back) != -1) {
                throw new IllegalStateException("downloaded bytes differ");
            }
        }
        var cached = best(copyCached);
        var synced = best(copySynced);
        System.out.printf("%n%-34s %10s %12s %14s %14s%n", "Document store, " + MB + " MB, best of " + ROUNDS, "seconds", "MB/s",
                "vs copy", "vs copy+fsync");
        row("plain file copy (page cache)", cached, cached, synced);
        row("plain file copy + fsync", synced, cached, synced);
        row("upload (stream -> MariaDB)", best(upload), cached, synced);
        row("download (MariaDB -> stream)", best(download), cached, synced);
        BenchTable.add("document store upload, " + MB + " MB (best of " + ROUNDS + ")", MB / best(upload), "MB/s",
                "plain file copy + fsync", MB / synced, "0.5");
        BenchTable.add("document store download, " + MB + " MB (best of " + ROUNDS + ")", MB / best(download), "MB/s",
                "plain file copy (page cache)", MB / cached, "0.5");
        System.out.printf("rounds (s): copy %s, copy+fsync %s, upload %s, download %s%n%n", copyCached, copySynced, upload, download);

        for (var id : ids) {
            documents.trashItem(id);
        }
        documents.emptyTrash(library.id());
        files.sweep(Duration.ZERO);
        Files.deleteIfExists(source);
        Files.deleteIfExists(copy);
        Files.deleteIfExists(back);
    }

    private static void row(String name, double seconds, double cached, double synced) {
        System.out.printf("%-34s %10.2f %12.0f %13.2fx %13.2fx%n", name, seconds, MB / seconds, cached / seconds, synced / seconds);
    }

    private static double best(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    private static double seconds(Work work) throws IOException {
        var start = System.nanoTime();
        work.run();
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }

    private static void write(Path file, long size, int seed) throws IOException {
        var random = new SplittableRandom(seed * 31L + System.nanoTime());
        var buffer = new byte[1024 * 1024];
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += buffer.length) {
                for (int i = 0; i < buffer.length; i += 8) {
                    var v = random.nextLong();
                    for (int k = 0; k < 8; k++) {
                        buffer[i + k] = (byte) (v >>> (8 * k));
                    }
                }
                if (written == 0) {
                    var pdf = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    System.arraycopy(pdf, 0, buffer, 0, pdf.length);
                }
                out.write(buffer);
            }
        }
        try (InputStream ignored = Files.newInputStream(file)) {
            // the file exists and is readable
        }
    }
}

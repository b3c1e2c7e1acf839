package org.convene.bench;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.document.BenchContentStore;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Upload and download speed of a 100 MB file through the document store (MariaDB, chunks, SHA-256 per
 * chunk and per file, checks on read) beside two baselines measured in the same run:
 * <ul>
 * <li>a plain copy of the same bytes on the same disk: left in the page cache, and forced to disk
 * (the database commits durably, so that is the fair comparison for uploads);</li>
 * <li>raw JDBC on the same table and connection settings (server-side prepared statements): the
 * same chunks inserted with no hashing or checks (one connection, and {@code PARALLEL} connections as
 * the store writes), and selected back (one query per chunk with one prepared statement reused, and
 * one streaming query for all chunks). That is what InnoDB itself can do on this machine.</li>
 * </ul>
 * The application's path (service: type detection, rights, transaction; default chunk size) and the
 * store alone with chunks of 1, 4 and 8 MiB. Fresh random bytes each round (no de-duplication helps).
 * Prints a table, asserts nothing.
 * Run: ./mvnw -B -Pbench verify -Dtest=DocumentBenchmark [-Dbench.rounds=3] [-Dbench.chunks=1,4,8]
 */
@Benchmark
@org.springframework.test.context.TestPropertySource(properties = "convene.documents.max-mb=128")
class DocumentBenchmark extends IntegrationTest {

    static final int MB = 100;
    static final int PARALLEL = 3;

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentFileService files;
    @Autowired
    SeminarService seminars;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    private final Map<String, List<Double>> times = new LinkedHashMap<>();

    @Test
    void upload_and_download_beside_a_plain_file_copy_and_raw_jdbc() throws Exception {
        var rounds = Integer.getInteger("bench.rounds", 3);
        var chunkSizes = Arrays.stream(System.getProperty("bench.chunks", "1,4,8").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
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
        var ids = new ArrayList<Long>();
        try (var binary = binaryPool(dataSource)) {
            for (int round = 0; round < rounds; round++) {
                write(source, size, round);
                time("plain file copy (page cache)", () -> Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING));
                time("plain file copy + fsync", () -> {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                    try (var ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                });
                var id = new long[1];
                time("service upload (default chunks)", () -> {
                    try (var in = Files.newInputStream(source)) {
                        id[0] = files.upload(folderId, "bench.pdf", in, null);
                    }
                });
                ids.add(id[0]);
                time("service download (default chunks)", () -> {
                    var d = files.open(id[0], null);
                    try (OutputStream out = Files.newOutputStream(back)) {
                        files.write(d, 0, d.size() - 1, out);
                    }
                });
                same(source, back);
                for (var mib : chunkSizes) {
                    storeAlone(mib, source, back, round);
                    rawJdbc(binary, mib, source, back);
                }
            }
        }
        print(rounds);

        for (var id : ids) {
            documents.trashItem(id);
        }
        documents.emptyTrash(library.id());
        files.sweep(Duration.ZERO);
        Files.deleteIfExists(source);
        Files.deleteIfExists(copy);
        Files.deleteIfExists(back);
    }

    /** The store alone (hashing, parallel chunk writes, prefetching verified reads) with chunks of {@code mib}. */
    private void storeAlone(int mib, Path source, Path back, int round) throws Exception {
        try (var store = new BenchContentStore(dataSource, clock, mib)) {
            var stored = new org.convene.document.ContentStore.Stored[1];
            time("store upload, " + mib + " MiB chunks", () -> {
                try (var in = Files.newInputStream(source)) {
                    stored[0] = store.store(in);
                }
            });
            time("store download, " + mib + " MiB chunks", () -> {
                try (OutputStream out = Files.newOutputStream(back)) {
                    store.read(stored[0].sha256(), stored[0].size(), out);
                }
            });
            same(source, back);
            // Unreferenced: the sweep with a cut-off in the future removes it (and its chunks) now.
            store.sweep(clock.instant().plusSeconds(3600));
        }
    }

    /** What InnoDB does with the same chunks and no store around it. */
    private void rawJdbc(DataSource binary, int mib, Path source, Path back) throws Exception {
        var chunk = mib * 1024 * 1024;
        var prefix = UUID.randomUUID().toString().replace("-", "");
        var keys = new ArrayList<String>();
        time("raw JDBC insert, " + mib + " MiB, 1 connection", () -> {
            try (var c = binary.getConnection(); var in = Files.newInputStream(source);
                 var ps = c.prepareStatement("INSERT INTO document_chunk (sha256, size, data, touched_at) VALUES (?, ?, ?, ?)")) {
                var buffer = new byte[chunk];
                int n;
                for (int i = 0; (n = in.readNBytes(buffer, 0, chunk)) > 0; i++) {
                    var key = key(prefix + "a", i);
                    keys.add(key);
                    insert(ps, key, buffer, n);
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        });
        var parallelKeys = new ArrayList<String>();
        time("raw JDBC insert, " + mib + " MiB, " + PARALLEL + " connections", () -> {
            try (var pool = Executors.newFixedThreadPool(PARALLEL); var in = Files.newInputStream(source)) {
                var buffers = new java.util.concurrent.ArrayBlockingQueue<byte[]>(PARALLEL + 1);
                for (int i = 0; i <= PARALLEL; i++) {
                    buffers.add(new byte[chunk]);
                }
                var writes = new ArrayList<Future<?>>();
                for (int i = 0; ; i++) {
                    var buffer = buffers.take();
                    var n = in.readNBytes(buffer, 0, chunk);
                    if (n == 0) {
                        break;
                    }
                    var key = key(prefix + "b", i);
                    parallelKeys.add(key);
                    writes.add(pool.submit(() -> {
                        try (var c = binary.getConnection();
                             var ps = c.prepareStatement("INSERT INTO document_chunk (sha256, size, data, touched_at) VALUES (?, ?, ?, ?)")) {
                            insert(ps, key, buffer, n);
                        } finally {
                            buffers.add(buffer);
                        }
                        return null;
                    }));
                }
                for (var w : writes) {
                    w.get();
                }
            } catch (Exception e) {
                throw new IOException(e);
            }
        });
        time("raw JDBC select, " + mib + " MiB, query per chunk", () -> {
            try (var c = binary.getConnection(); OutputStream out = Files.newOutputStream(back);
                 var ps = c.prepareStatement("SELECT data FROM document_chunk WHERE sha256 = ?")) {
                for (var key : keys) {
                    ps.setString(1, key);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        out.write(rs.getBytes(1));
                    }
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        });
        same(source, back);
        time("raw JDBC select, " + mib + " MiB, one streaming query", () -> {
            try (var c = binary.getConnection(); OutputStream out = Files.newOutputStream(back);
                 var ps = c.prepareStatement("SELECT data FROM document_chunk WHERE sha256 LIKE ? ORDER BY sha256")) {
                ps.setFetchSize(1);
                ps.setString(1, prefix + "a%");
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.write(rs.getBytes(1));
                    }
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        });
        same(source, back);
        try (Connection c = binary.getConnection(); var ps = c.prepareStatement("DELETE FROM document_chunk WHERE sha256 LIKE ?")) {
            ps.setString(1, prefix + "%");
            ps.executeUpdate();
        }
    }

    private void insert(java.sql.PreparedStatement ps, String key, byte[] buffer, int n) throws SQLException {
        ps.setString(1, key);
        ps.setInt(2, n);
        ps.setBytes(3, n == buffer.length ? buffer : Arrays.copyOf(buffer, n));
        ps.setTimestamp(4, Timestamp.from(clock.instant()));
        ps.executeUpdate();
    }

    /** A 64-character key that sorts in chunk order. */
    private static String key(String prefix, int i) {
        return (prefix + String.format("%06d", i) + "0".repeat(64)).substring(0, 64);
    }

    private static HikariDataSource binaryPool(DataSource app) throws SQLException {
        var hikari = app.unwrap(HikariDataSource.class);
        var ds = new HikariDataSource();
        ds.setPoolName("bench-raw-jdbc");
        ds.setJdbcUrl(hikari.getJdbcUrl() + (hikari.getJdbcUrl().contains("?") ? "&" : "?") + "useServerPrepStmts=true");
        ds.setUsername(hikari.getUsername());
        ds.setPassword(hikari.getPassword());
        ds.setMaximumPoolSize(PARALLEL + 1);
        return ds;
    }

    private void print(int rounds) {
        var cached = best("plain file copy (page cache)");
        var synced = best("plain file copy + fsync");
        System.out.printf("%n%-44s %8s %8s %9s %12s %8s%n", "Document store, " + MB + " MB, best of " + rounds, "seconds", "MB/s",
                "vs copy", "vs copy+fsync", "vs raw");
        for (var name : times.keySet()) {
            var s = best(name);
            var raw = rawFor(name);
            System.out.printf("%-44s %8.2f %8.0f %8.2fx %11.2fx %8s%n", name, s, MB / s, cached / s, synced / s,
                    raw == null ? "" : String.format("%.2fx", raw / s));
        }
        System.out.printf("rounds (s): %s%n%n", times);
        var upload = best("service upload (default chunks)");
        var download = best("service download (default chunks)");
        BenchTable.add("document store upload, " + MB + " MB (best of " + rounds + ")", MB / upload, "MB/s",
                "plain file copy + fsync", MB / synced, "0.5");
        BenchTable.add("document store download, " + MB + " MB (best of " + rounds + ")", MB / download, "MB/s",
                "plain file copy (page cache)", MB / cached, "0.5");
        var rawInsert = bestOrNull("raw JDBC insert, 1 MiB, " + PARALLEL + " connections");
        var rawSelect = bestOrNull("raw JDBC select, 1 MiB, query per chunk");
        if (rawInsert != null && rawSelect != null) {
            BenchTable.add("document store upload vs raw JDBC insert (1 MiB, " + PARALLEL + " connections)", MB / upload, "MB/s",
                    "raw JDBC insert", MB / rawInsert, "");
            BenchTable.add("document store download vs raw JDBC select (1 MiB, query per chunk)", MB / download, "MB/s",
                    "raw JDBC select", MB / rawSelect, "");
        }
    }

    /** The raw JDBC figure a store row compares with: the parallel insert for uploads, the per-chunk select for downloads. */
    private Double rawFor(String name) {
        var mib = name.replaceAll("\\D*(\\d+) MiB.*", "$1");
        if (name.startsWith("store upload")) {
            return bestOrNull("raw JDBC insert, " + mib + " MiB, " + PARALLEL + " connections");
        }
        if (name.startsWith("store download")) {
            return bestOrNull("raw JDBC select, " + mib + " MiB, query per chunk");
        }
        if (name.startsWith("service upload")) {
            return bestOrNull("raw JDBC insert, 1 MiB, " + PARALLEL + " connections");
        }
        if (name.startsWith("service download")) {
            return bestOrNull("raw JDBC select, 1 MiB, query per chunk");
        }
        return null;
    }

    private double best(String name) {
        return times.get(name).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private Double bestOrNull(String name) {
        return times.containsKey(name) ? best(name) : null;
    }

    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    private void time(String name, Work work) throws IOException {
        var start = System.nanoTime();
        work.run();
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(Math.round((System.nanoTime() - start) / 1e7) / 100.0);
    }

    private static void same(Path a, Path b) throws IOException {
        if (Files.mismatch(a, b) != -1) {
            throw new IllegalStateException("read bytes differ from the source");
        }
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

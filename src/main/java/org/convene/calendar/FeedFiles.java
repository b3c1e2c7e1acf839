package org.convene.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.convene.base.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large rendered calendars as files, so that Tomcat sends them with sendfile, as nginx does, instead of copying
 * them through its socket buffer in 8 KB pieces (36 for the public feed of 500 seminars). One file per content
 * (named by the SHA-256 of the bytes) in a directory of this instance's own under the system's temporary
 * directory; a feed rendered again with the same content reuses its file and marks it used. A file unused for
 * {@link #UNUSED} is deleted when a new one is written: a document is served from the feed cache for at most a
 * minute after it marked its file, and Tomcat opens the file before the request that named it ends, so no
 * answer in progress loses its file. Should the disk refuse, the caller writes the bytes itself.
 *
 * <p>Times here are the file system's, compared with the files' modification times that the operating system
 * keeps, so they come from the system clock ({@code Instant.now()}), not the application's {@code Clock}: a test
 * clock set to another day would delete files in use or keep stale ones.
 */
final class FeedFiles {

    /** Smaller documents are written as they are (Tomcat's own threshold for static files). */
    static final int SENDFILE_MIN = 48 * 1024;
    static final Duration UNUSED = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(FeedFiles.class);

    private static Path directory;
    private static boolean refused;

    private FeedFiles() {
    }

    /** The file holding exactly {@code bytes}, or null when none can be written (the caller sends the bytes). */
    static synchronized Path of(byte[] bytes) {
        try {
            if (directory == null) {
                directory = Files.createTempDirectory("convene-feeds-");
                var created = directory;
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> deleteAll(created)));
            }
            var path = directory.resolve(HexFormat.of().formatHex(Sha256.digest().digest(bytes)) + ".ics");
            if (Files.exists(path) && Files.size(path) == bytes.length) {
                Files.setLastModifiedTime(path, FileTime.from(Instant.now()));
                return path;
            }
            var fresh = Files.createTempFile(directory, "new-", ".part");
            Files.write(fresh, bytes);
            Files.move(fresh, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            sweep(path);
            return path;
        } catch (IOException | RuntimeException e) {
            if (!refused) {
                refused = true;
                log.warn("Calendar feeds are sent from memory: their files could not be written ({})", e.toString());
            }
            return null;
        }
    }

    /** Deletes the files not used for {@link #UNUSED}, {@code keep} excepted. */
    private static void sweep(Path keep) throws IOException {
        var before = Instant.now().minus(UNUSED);
        try (var files = Files.list(directory)) {
            for (var file : (Iterable<Path>) files::iterator) {
                if (!file.equals(keep) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** At exit: the directory and its files (best effort; the system's temporary directory is cleaned anyway). */
    private static void deleteAll(Path dir) {
        try (var files = Files.list(dir)) {
            for (var file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Nothing to do at exit.
        }
    }

    /** This instance's directory (for tests), or null before the first file. */
    static synchronized Path directory() {
        return directory;
    }
}

package org.convene.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 200 MB up and down through the real HTTP endpoints (signed in through the real login form) in a
 * JVM whose whole heap is 192 MB (surefire execution "large-files" in pom.xml): if anything held
 * the file in memory, this would run out of it. Checks every byte (SHA-256) and the heap setting.
 */
@Tag("large")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "convene.documents.max-mb=256")
class LargeFileStreamingTest extends DocumentWorld {

    static final long SIZE = 200L * 1024 * 1024;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void two_hundred_megabytes_go_up_and_down_through_http_with_a_192_mb_heap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test runs with -Xmx192m").isLessThanOrEqualTo(192L * 1024 * 1024);
        buildWorld();
        signIn(organiser);
        var folderId = folder(documents.seminarLibrary(seminarId), "Reports");
        signOut();

        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var base = "http://localhost:" + port;
        var token = csrf(http, base + "/login");
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(organiser, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        token = csrf(http, base + "/");

        var sent = MessageDigest.getInstance("SHA-256");
        var started = System.nanoTime();
        var upload = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents/folders/" + folderId + "/files?name=big.pdf"))
                .header("X-CSRF-TOKEN", token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(SIZE, sent)), SIZE))
                .build(), HttpResponse.BodyHandlers.ofString());
        var uploadSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        var itemId = Long.parseLong(upload.body().replaceAll("\\D", ""));

        started = System.nanoTime();
        var download = http.send(HttpRequest.newBuilder(URI.create(base + "/api/public/documents/items/" + itemId)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValueAsLong("Content-Length").orElse(-1)).isEqualTo(SIZE);
        var received = MessageDigest.getInstance("SHA-256");
        long count = 0;
        try (var in = download.body()) {
            var buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.update(buffer, 0, n);
                count += n;
            }
        }
        var downloadSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(count).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(HexFormat.of().formatHex(sent.digest()));
        System.out.printf("200 MB through HTTP with -Xmx%d MB: upload %.1f s (%.0f MB/s), download %.1f s (%.0f MB/s)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), uploadSeconds, 200 / uploadSeconds, downloadSeconds, 200 / downloadSeconds);

        signIn(organiser);
        documents.trashItem(itemId);
        documents.emptyTrash(documents.seminarLibrary(seminarId).id());
        files.sweep(Duration.ZERO);
    }

    private static String csrf(HttpClient http, String url) throws IOException, InterruptedException {
        var page = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        var m = CSRF.matcher(page.body());
        assertThat(m.find()).as("CSRF token on " + url).isTrue();
        return m.group(1);
    }

    /** {@code size} bytes: a PDF header, then pseudo-random bytes, hashed as they are served. */
    static final class Generated extends InputStream {
        private final long size;
        private final MessageDigest digest;
        private final SplittableRandom random = new SplittableRandom(42);
        private long served;

        Generated(long size, MessageDigest digest) {
            this.size = size;
            this.digest = digest;
        }

        @Override
        public int read() {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            var n = (int) Math.min(len, size - served);
            long bits = 0;
            for (int i = 0; i < n; i++) {
                var pos = served + i;
                if ((i & 7) == 0) {
                    bits = random.nextLong();
                }
                b[off + i] = pos < DocumentWorld.PDF.length ? DocumentWorld.PDF[(int) pos] : (byte) (bits >>> ((i & 7) * 8));
            }
            digest.update(b, off, n);
            served += n;
            return n;
        }
    }
}

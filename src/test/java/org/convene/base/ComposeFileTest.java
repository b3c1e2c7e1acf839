package org.convene.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 10, item 17: the compose file publishes Mailpit's unauthenticated web UI on loopback only. */
class ComposeFileTest {

    @Test
    void mailpit_is_published_on_loopback_only() throws Exception {
        var compose = Files.readString(Path.of("docker-compose.yml"));
        var mailpit = compose.substring(compose.indexOf("mailpit:"));
        mailpit = mailpit.substring(0, Math.max(mailpit.indexOf("\n  convene:"), 0) > 0 ? mailpit.indexOf("\n  convene:") : mailpit.length());
        var ports = Pattern.compile("^\\s*- \"([^\"]+)\"", Pattern.MULTILINE).matcher(mailpit.substring(mailpit.indexOf("ports:")));
        assertThat(ports.find()).isTrue();
        do {
            assertThat(ports.group(1)).startsWith("127.0.0.1:");
        } while (ports.find());
    }
}

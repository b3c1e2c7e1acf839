package org.convene.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings as Spring binds them from properties: defaults, the one trimming of the public address, refusals. */
class ConveneSettingsTest {

    private static ConveneSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("convene", ConveneSettings.class);
    }

    @Test
    void nothing_set_gives_the_documented_defaults() {
        var s = bind(Map.of());
        assertThat(s.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(s.mail().from()).isEqualTo("convene@convene.local");
        assertThat(s.mail().bodyRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(s.organisation().name()).isEqualTo("Convene");
        assertThat(s.retention().months()).isEqualTo(24);
        assertThat(s.reminder().daysBefore()).isEqualTo(3);
        assertThat(s.embeddedDb().dataDir()).isEqualTo(Path.of("data"));
        assertThat(s.embeddedDb().database()).isEqualTo("convene");
    }

    @Test
    void the_public_address_loses_its_trailing_slashes_once_for_everyone() {
        var s = bind(Map.of("convene.public-url", " https://convene.example.org// ", "convene.mail.from", "secretariat@example.org",
                "convene.retention.months", "12", "convene.embedded-db.port", "3399"));
        assertThat(s.publicUrl()).isEqualTo("https://convene.example.org");
        assertThat(s.link("/seminars/7")).isEqualTo("https://convene.example.org/seminars/7");
        assertThat(s.mail().from()).isEqualTo("secretariat@example.org");
        assertThat(s.retention().months()).isEqualTo(12);
        assertThat(s.embeddedDb().port()).isEqualTo(3399);
        assertThat(ConveneSettings.of("https://a.example/", "x@a.example").publicUrl()).isEqualTo("https://a.example");
    }

    @Test
    void a_wrong_value_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> bind(Map.of("convene.public-url", "ftp://files.example.org")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("PUBLIC_URL");
        assertThatThrownBy(() -> bind(Map.of("convene.mail.from", "nobody")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("MAIL_FROM");
        assertThatThrownBy(() -> bind(Map.of("convene.retention.months", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("RETENTION_MONTHS");
    }
}

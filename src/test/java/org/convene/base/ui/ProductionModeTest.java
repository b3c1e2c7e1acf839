package org.convene.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The README's run command shows Convene as its users see it: the build that runs it (and these
 * tests) carries Vaadin's production bundle and token, unless the development flag ({@code -Ddev})
 * was given, which the build passes on as {@code convene.devmode}.
 */
class ProductionModeTest {

    @Test
    void the_build_runs_in_production_mode_unless_the_development_flag_is_given() throws IOException {
        var token = getClass().getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json");
        assertThat(token).as("Vaadin's build token").isNotNull();
        String json;
        try (token) {
            json = new String(token.readAllBytes(), StandardCharsets.UTF_8);
        }
        var production = json.replaceAll("\\s", "").contains("\"productionMode\":true");
        assertThat(production).as("production mode in " + json).isEqualTo(!Boolean.getBoolean("convene.devmode"));
        if (production) {
            assertThat(getClass().getResource("/META-INF/VAADIN/webapp/VAADIN/build")).as("the production bundle").isNotNull();
        }
    }
}

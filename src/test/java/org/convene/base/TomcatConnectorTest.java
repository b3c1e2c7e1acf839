package org.convene.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The real server's connector writes in pieces of {@code convene.tomcat.write-buffer} ({@code base.web.TomcatConfiguration}:
 * 8 KB by default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SecurityHeadersTest.BEHIND_A_PROXY)
class TomcatConnectorTest extends org.convene.IntegrationTest {

    /** A real server's context installs Vaadin's security holder strategy globally: the shared one comes back after. */
    static SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    static void rememberTheSharedStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreTheSharedStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Autowired
    WebServerApplicationContext context;

    @Test
    void the_connector_writes_in_the_configured_pieces() {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("8192");
    }
}

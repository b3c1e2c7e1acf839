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
        mailpitOnLoopback(Files.readString(Path.of("docker-compose.yml")));
        mailpitOnLoopback(Files.readString(Path.of("docker-compose.cluster.yml")));
    }

    /** Issue 15: three Galera nodes, two instances on all nodes in one order, sticky sessions by readiness. */
    @Test
    void the_cluster_file_has_three_galera_nodes_two_instances_and_a_sticky_load_balancer() throws Exception {
        var compose = Files.readString(Path.of("docker-compose.cluster.yml"));
        assertThat(compose).contains("galera1:", "galera2:", "galera3:", "convene1:", "convene2:", "haproxy:", "image: mariadb:11.4",
                "jdbc:mariadb:sequential://galera1:3306,galera2:3306,galera3:3306/convene");
        var haproxy = Files.readString(Path.of("deploy/haproxy/haproxy.cfg"));
        assertThat(haproxy).contains("cookie CONVENE_INSTANCE insert", "option httpchk GET /actuator/health/readiness",
                "option persist", "option redispatch");
        assertThat(Files.readString(Path.of("deploy/galera/galera.cnf"))).contains("binlog_format=ROW", "innodb_autoinc_lock_mode=2");
    }

    private static void mailpitOnLoopback(String compose) {
        var mailpit = compose.substring(compose.indexOf("\n  mailpit:"));
        mailpit = mailpit.substring(0, Math.max(mailpit.indexOf("\n  convene:"), 0) > 0 ? mailpit.indexOf("\n  convene:") : mailpit.length());
        var ports = Pattern.compile("^\\s*- \"([^\"]+)\"", Pattern.MULTILINE).matcher(mailpit.substring(mailpit.indexOf("ports:")));
        assertThat(ports.find()).isTrue();
        do {
            assertThat(ports.group(1)).startsWith("127.0.0.1:");
        } while (ports.find());
    }
}

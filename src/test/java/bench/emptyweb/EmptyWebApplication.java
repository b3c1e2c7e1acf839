package bench.emptyweb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The start-up benchmark's baseline: an empty Spring Boot web application (Tomcat, Spring MVC and the
 * actuator's readiness probe, nothing else). {@code org.convene.bench.StartupBenchmark} packs it into an
 * executable jar of its own with the same Spring Boot libraries as Convene's jar and starts both the
 * same way. Outside {@code org.convene} so that Convene's component scan never sees it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class EmptyWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmptyWebApplication.class, args);
    }
}

package org.convene;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/convene.css")
@StyleSheet("styles/seminar.css")
@StyleSheet("styles/document.css")
@StyleSheet("styles/statement.css")
@StyleSheet("styles/statement-review.css")
@StyleSheet("styles/participation.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        stopCleanlyOnTerm();
        SpringApplication.run(Application.class, args);
    }

    /**
     * A SIGTERM (a supervisor stopping Convene, or one sent to its process group) is a requested stop:
     * close everything as on Ctrl+C and exit with status 0, not the JVM's 143, which
     * {@code ./mvnw} would report as a failed build.
     */
    private static void stopCleanlyOnTerm() {
        try {
            // sun.misc.Signal (module jdk.unsupported) through reflection: no compiler warning at every build.
            var signalClass = Class.forName("sun.misc.Signal");
            var handlerClass = Class.forName("sun.misc.SignalHandler");
            var handler = java.lang.reflect.Proxy.newProxyInstance(Application.class.getClassLoader(),
                    new Class<?>[] {handlerClass}, (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            new Thread(() -> System.exit(0), "sigterm").start();
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "SIGTERM: exit 0";
                    });
            signalClass.getMethod("handle", signalClass, handlerClass)
                    .invoke(null, signalClass.getConstructor(String.class).newInstance("TERM"), handler);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // No such signal or API on this platform: the JVM's own handling stays.
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/convene-icon.svg", "any");
    }
}

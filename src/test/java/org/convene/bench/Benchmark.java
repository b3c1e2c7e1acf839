package org.convene.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a benchmark class: tagged {@code bench} (run only by {@code ./mvnw -Pbench verify}), and the
 * one {@link BenchTable} is printed once, after the last class of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("bench")
@ExtendWith(Benchmark.PrintTableAtTheEnd.class)
public @interface Benchmark {

    /** Registers the table in the root store: JUnit closes it when the whole run ends. */
    final class PrintTableAtTheEnd implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(BenchTable.class.getName(), k -> (AutoCloseable) BenchTable::print);
        }
    }
}

package org.convene;

import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread while {@link #count} runs, so a test
 * can show that a page of N rows costs the same number of queries whatever N is (no N+1). Installed for
 * every test through {@code hibernate.session_factory.statement_inspector} in application-test.properties;
 * outside {@link #count} it only hands each statement back unchanged. Per thread, so listeners and jobs
 * running meanwhile do not disturb the figure.
 */
public final class QueryCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** The result of the call and the statements it prepared on this thread. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> call) {
        var counter = new int[1];
        COUNT.set(counter);
        try {
            var result = call.get();
            return new Counted<>(result, counter[0]);
        } finally {
            COUNT.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        var counter = COUNT.get();
        if (counter != null) {
            counter[0]++;
        }
        return sql;
    }
}

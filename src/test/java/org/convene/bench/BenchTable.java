package org.convene.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table that {@code ./mvnw -Pbench verify} prints at the end: every benchmark adds its figures
 * here, each with the baseline measured in the same run (when it has one) and the ratio value / baseline.
 * {@link BenchTableListener} prints it once all benchmarks have run, and writes it to
 * {@code target/bench-table.md}.
 */
public final class BenchTable {

    /** One figure. {@code baseline} is null for figures that have none (the ratio column stays empty). */
    public record Row(String figure, double value, String unit, String baselineName, Double baseline, String target) {
        String ratio() {
            return baseline == null || baseline == 0 ? "" : format(value / baseline);
        }
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private BenchTable() {
    }

    public static synchronized void add(String figure, double value, String unit) {
        ROWS.add(new Row(figure, value, unit, "", null, ""));
    }

    public static synchronized void add(String figure, double value, String unit, String baselineName, double baseline,
                                        String target) {
        ROWS.add(new Row(figure, value, unit, baselineName, baseline, target));
    }

    static synchronized List<Row> rows() {
        return List.copyOf(ROWS);
    }

    static String markdown() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n=== Convene benchmarks: %d CPUs, load average %.1f at the end, JDK %s ===%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version()));
        out.append("| figure | value | unit | baseline (same run) | baseline value | ratio | target |\n");
        out.append("|---|---:|---|---|---:|---:|---|\n");
        for (var r : rows()) {
            out.append("| ").append(r.figure()).append(" | ").append(format(r.value())).append(" | ").append(r.unit())
                    .append(" | ").append(r.baselineName()).append(" | ")
                    .append(r.baseline() == null ? "" : format(r.baseline())).append(" | ").append(r.ratio())
                    .append(" | ").append(r.target()).append(" |\n");
        }
        return out.toString();
    }

    static void print() {
        if (rows().isEmpty()) {
            return;
        }
        var table = markdown();
        System.out.println(table);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "bench-table.md"), table);
        } catch (IOException e) {
            System.out.println("(could not write target/bench-table.md: " + e + ")");
        }
    }

    static String format(double v) {
        var a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

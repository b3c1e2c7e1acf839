package org.convene.bench;

import org.springframework.test.context.TestPropertySource;

/**
 * The same 20 editors with the local after-commit hand-over switched off: every change reaches the
 * other sessions through the polled MariaDB feed only, as it reaches editors on another instance.
 */
@Benchmark
@TestPropertySource(properties = "convene.statement.live.local-delivery=false")
class StatementLiveFeedOnlyBenchmark extends StatementLiveBenchmark {
}

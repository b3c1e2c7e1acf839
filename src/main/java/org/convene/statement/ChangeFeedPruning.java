package org.convene.statement;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes change-feed rows older than {@link StatementLive#RETENTION}, once a minute on one instance
 * (the delete is idempotent, so a second run would only waste a query). The pollers are not locked.
 */
@Component
class ChangeFeedPruning {

    private final StatementLive live;

    ChangeFeedPruning(StatementLive live) {
        this.live = live;
    }

    @Scheduled(fixedDelayString = "${convene.statement.live.prune-interval:60s}")
    @SchedulerLock(name = "statement-change-prune", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void pruneOldChanges() {
        live.prune();
    }
}

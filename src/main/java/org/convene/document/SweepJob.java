package org.convene.document;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, removes content that no version refers to and that is older than the grace period
 * (an upload running meanwhile keeps touching its chunks, so it is never swept). One instance runs
 * it (ShedLock); it would be harmless on several, each only deleting what nothing refers to. The lock's
 * bounds are settings so that a test running the sweep every few seconds is not held back by them
 * (after a crash, the lock of a run killed half-way lasts {@code lockAtMostFor}).
 */
@Component
class SweepJob {

    private final DocumentFileService files;
    private final Duration grace;

    SweepJob(DocumentFileService files, @Value("${convene.documents.sweep-grace:PT6H}") Duration grace) {
        this.files = files;
        this.grace = grace;
    }

    @Scheduled(cron = "${convene.documents.sweep-cron:0 17 * * * *}")
    @SchedulerLock(name = "document-sweep", lockAtMostFor = "${convene.documents.sweep-lock-at-most:PT30M}",
            lockAtLeastFor = "${convene.documents.sweep-lock-at-least:PT5M}")
    void hourly() {
        files.sweep(grace);
    }
}

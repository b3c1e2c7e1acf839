package org.convene.document;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, removes content that no version refers to and that is older than the grace period
 * (an upload running meanwhile keeps touching its chunks, so it is never swept). Harmless when
 * several instances run it: each only deletes what nothing refers to.
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
    void hourly() {
        files.sweep(grace);
    }
}

package org.convene.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.convene.base.ConveneSettings;
import org.convene.base.security.SystemAuthentication;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour: confirmed participants of published seminars starting within {@code convene.reminder.days-before}
 * days get a reminder (once per seminar start; someone confirmed later still gets one at the next run).
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final SeminarService seminars;
    private final Notifier notifier;
    private final Clock clock;
    private final Duration ahead;

    ReminderJob(SeminarService seminars, Notifier notifier, Clock clock, ConveneSettings settings) {
        this.seminars = seminars;
        this.notifier = notifier;
        this.clock = clock;
        this.ahead = Duration.ofDays(settings.reminder().daysBefore());
    }

    @Scheduled(cron = "${convene.reminder.cron:0 7 * * * *}")
    @SchedulerLock(name = "seminar-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void hourly() {
        try {
            var sent = run();
            if (sent > 0) {
                log.info("Queued {} seminar reminders", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Reminder run stopped: {}", e.toString());
        }
    }

    /** Queues the due reminders; returns how many new messages were queued. */
    int run() {
        var now = clock.instant();
        var until = now.plus(ahead);
        var filter = new SeminarFilter(null, SeminarStatus.PUBLISHED, null, null, null, null,
                now.atZone(ZoneOffset.UTC).toLocalDate(), until.atZone(ZoneOffset.UTC).toLocalDate(), false);
        int queued = 0;
        var page = PageRequest.of(0, 200, Sort.by("startsUtc", "id"));
        while (true) {
            var current = page;
            var slice = SystemAuthentication.call(() -> seminars.search(filter, current));
            for (var s : slice.getContent()) {
                var start = s.startInstant();
                if (start.isAfter(now) && !start.isAfter(until)) {
                    queued += notifier.remind(s.id());
                }
            }
            if (!slice.hasNext() || page.getPageNumber() >= 50) {
                return queued;
            }
            page = page.next();
        }
    }
}

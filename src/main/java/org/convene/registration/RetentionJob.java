package org.convene.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.convene.base.ConveneSettings;
import org.convene.seminar.SeminarService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises the registrations of seminars that ended more than {@code convene.retention.months}
 * ago: the link to the account, name, e-mail, organisation, needs and consents go; status, country,
 * sector, gender and attendance stay, so the participation statistics remain right.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RegistrationRepository registrations;
    private final AnswerRepository answers;
    private final InvitationRepository invitations;
    private final SeminarService seminars;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int months;

    RetentionJob(RegistrationRepository registrations, AnswerRepository answers,
                 InvitationRepository invitations, SeminarService seminars, PlatformTransactionManager transactions,
                 Clock clock, ConveneSettings settings) {
        this.registrations = registrations;
        this.answers = answers;
        this.invitations = invitations;
        this.seminars = seminars;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.months = settings.retention().months();
    }

    @Scheduled(cron = "${convene.retention.cron:0 30 3 * * *}")
    @SchedulerLock(name = "registration-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void nightly() {
        anonymiseEndedBefore(clock.instant());
    }

    /** Anonymises what has passed the retention period at {@code now}; returns the number of registrations. */
    int anonymiseEndedBefore(Instant now) {
        var cutoff = now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
        var total = 0;
        for (var seminarId : registrations.seminarsWithPersonalData()) {
            var ended = seminars.findForSystem(seminarId).map(s -> s.endInstant().isBefore(cutoff)).orElse(false);
            if (ended) {
                var n = tx.execute(status -> {
                    answers.deleteForSeminar(seminarId);
                    invitations.deleteBySeminar(seminarId);
                    return registrations.anonymise(seminarId, now);
                });
                total += n == null ? 0 : n;
            }
        }
        if (total > 0) {
            log.info("Retention: anonymised {} registrations of seminars that ended before {}", total, cutoff);
        }
        return total;
    }
}

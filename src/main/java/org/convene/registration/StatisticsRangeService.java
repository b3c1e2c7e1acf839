package org.convene.registration;

import java.time.Clock;
import java.time.LocalDate;
import org.convene.account.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The period Participation statistics opens on: the organiser's last choice, else the last twelve
 * months and the next twelve (seminars are planned a year ahead, so the current calendar year alone
 * often shows nothing).
 */
@Service
public class StatisticsRangeService {

    /** From and to, both included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final RegistrationStatistics statistics;
    private final Clock clock;

    StatisticsRangeService(JdbcClient jdbc, CurrentUser currentUser, RegistrationStatistics statistics, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Range initial() {
        return jdbc.sql("SELECT from_date, to_date FROM statistics_range WHERE user_id = ?")
                .param(currentUser.requireId())
                .query((rs, n) -> new Range(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional()
                .orElseGet(() -> {
                    var today = LocalDate.now(clock);
                    return new Range(today.minusMonths(12), today.plusMonths(12));
                });
    }

    /**
     * Shows the report of a period and remembers it as the organiser's choice; a refused period
     * (the report's own checks: both dates, in order, not too long) is not remembered.
     */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public RegistrationStatistics.Report showAndRemember(LocalDate from, LocalDate to) {
        var report = statistics.forPeriod(from, to);
        jdbc.sql("""
                        INSERT INTO statistics_range (user_id, from_date, to_date, updated_at) VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE from_date = VALUES(from_date), to_date = VALUES(to_date),
                                                updated_at = VALUES(updated_at)""")
                .params(currentUser.requireId(), from, to, java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .update();
        return report;
    }
}

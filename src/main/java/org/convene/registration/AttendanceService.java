package org.convene.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.account.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who was checked in at a seminar, for certificates of attendance. */
@Service
public class AttendanceService {

    /** A confirmed registration whose holder was checked in. */
    public record Attendance(long registrationId, long seminarId, Long userId, String fullName, Instant attendedAt) {
    }

    private static final String SELECT = """
            SELECT id, seminar_id, user_id, full_name, attended_at FROM registration
            WHERE status = 'CONFIRMED' AND attended_at IS NOT NULL AND anonymised_at IS NULL AND seminar_id = ?""";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    AttendanceService(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Everybody checked in at the seminar, by name: for organisers. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public List<Attendance> attended(long seminarId) {
        return jdbc.sql(SELECT + " ORDER BY full_name, id").param(seminarId).query(AttendanceService::row).list();
    }

    /** The signed-in person's own attendance at the seminar, if they were checked in. */
    @Transactional(readOnly = true)
    public Optional<Attendance> mine(long seminarId) {
        var me = currentUser.get();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " AND user_id = ?").params(seminarId, me.get().id()).query(AttendanceService::row).optional();
    }

    private static Attendance row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var user = rs.getLong(3);
        return new Attendance(rs.getLong(1), rs.getLong(2), rs.wasNull() ? null : user, rs.getString(4),
                rs.getObject(5, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC));
    }
}

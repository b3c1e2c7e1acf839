package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: the participant search goes through a FULLTEXT index by word beginnings, in any order and
 * across name, e-mail and organisation, and still finds short names and common words.
 */
class ParticipantSearchTest extends IntegrationTest {

    @Autowired
    OrganiserRegistrationService registrations;
    @Autowired
    SeminarService seminars;
    @Autowired
    DataSource dataSource;

    @Test
    void words_in_any_order_find_their_beginnings_in_name_email_and_organisation() {
        signIn(aUser("Search Organiser", Role.ORGANISER));
        var seminar = seminars.create(aSeminarForm("Search " + UUID.randomUUID(), 30, 100));
        var jdbc = new JdbcTemplate(dataSource);
        var now = Timestamp.from(Instant.now());
        String[][] people = {
                {"Marie Dupont", "marie.dupont@example.org", "Ministère de la Santé"},
                {"Li Wu", "li.wu@example.cn", "Beijing Health Office"},
                {"Will Smith", "wsmith@example.com", "Outreach"},
                {"Éloïse Brontë", "eb@example.fr", "Conseil de l'Europe"},
                {"Jonas Becker", "jonas@dupontfils.de", "Dupont & Fils"},
        };
        for (var p : people) {
            jdbc.update("""
                    INSERT INTO registration (seminar_id, user_id, status, full_name, email, organisation, country, sector,
                      privacy_consent, created_at, updated_at) VALUES (?, NULL, 'CONFIRMED', ?, ?, ?, 'FR', 'HEALTH', TRUE, ?, ?)""",
                    seminar, p[0], p[1], p[2], now, now);
        }

        assertThat(names(seminar, "dupont marie")).containsExactly("Marie Dupont");
        assertThat(names(seminar, "dupon")).containsExactly("Jonas Becker", "Marie Dupont");
        assertThat(names(seminar, "sante")).containsExactly("Marie Dupont");
        assertThat(names(seminar, "BRONTE eloise")).containsExactly("Éloïse Brontë");
        assertThat(names(seminar, "li")).contains("Li Wu");
        assertThat(names(seminar, "wil")).containsExactly("Will Smith");
        assertThat(names(seminar, "li.wu@example")).containsExactly("Li Wu");
        assertThat(names(seminar, "dupontfils.de")).containsExactly("Jonas Becker");
        assertThat(names(seminar, "nobody here")).isEmpty();
        assertThat(registrations.page(seminar, new ParticipantFilter(null, null, null, "dupon"), PageRequest.of(0, 10))
                .getTotalElements()).isEqualTo(2);
    }

    private java.util.List<String> names(long seminar, String text) {
        return registrations.rows(seminar, new ParticipantFilter(null, null, null, text), PageRequest.of(0, 50, Sort.by("fullName")))
                .stream().map(Registration::getFullName).toList();
    }
}

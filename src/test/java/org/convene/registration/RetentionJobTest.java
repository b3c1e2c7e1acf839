package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.time.Duration;
import java.time.Period;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RetentionJobTest extends IntegrationTest {

    @Autowired
    RetentionJob job;
    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    RegistrationStatistics statistics;
    @Autowired
    SeminarService seminars;

    @Test
    void personal_data_goes_after_the_retention_period_and_the_statistics_stay_the_same() {
        var organiser = aUser("Retention Organiser", Role.ORGANISER);
        signIn(organiser);
        var old = seminars.create(aSeminarForm("Old seminar " + UUID.randomUUID(), 10, 5));
        seminars.publish(old);
        var recent = seminars.create(aSeminarForm("Later seminar " + UUID.randomUUID(), 400, 5));
        seminars.publish(recent);
        signIn(aUser("Remembered Person"));
        var oldId = registrations.register(old, aRegistrationForm("PT", Sector.NGO_CIVIL_SOCIETY, Gender.WOMAN));
        var recentId = registrations.register(recent, aRegistrationForm());
        signIn(organiser);
        organisers.setAttended(oldId, true);
        var before = statistics.forSeminar(old);

        // 24 months after the first seminar's end, but not yet after the second's.
        var end = seminars.get(old).endInstant();
        var now = end.atZone(java.time.ZoneOffset.UTC).plus(Period.ofMonths(24)).toInstant().plus(Duration.ofDays(1));
        assertThat(job.anonymiseEndedBefore(end.plus(Duration.ofDays(30)))).isZero();
        // At least this test's registration: seminars of other tests (the database may hold earlier runs) end by then too.
        assertThat(job.anonymiseEndedBefore(now)).isGreaterThanOrEqualTo(1);

        var anonymised = organisers.get(oldId);
        assertThat(anonymised.getUserId()).isNull();
        assertThat(anonymised.getFullName()).isEmpty();
        assertThat(anonymised.getEmail()).isEmpty();
        assertThat(anonymised.getOrganisation()).isEmpty();
        assertThat(anonymised.getDietaryNeeds()).isEmpty();
        assertThat(anonymised.getAnonymisedAt()).isEqualTo(now);
        assertThat(anonymised.getCountry()).isEqualTo("PT");
        assertThat(anonymised.getGender()).isEqualTo(Gender.WOMAN);
        assertThat(anonymised.getAttendedAt()).isNotNull();
        assertThat(statistics.forSeminar(old)).isEqualTo(before);
        assertThat(organisers.get(recentId).getFullName()).isEqualTo("Remembered Person");
        assertThat(job.anonymiseEndedBefore(now)).isZero();
    }
}

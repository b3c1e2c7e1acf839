package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.QueryCounter;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The person's own lists cost the same number of queries for 2 rows as for 6: the rows' seminars (and
 * their questions) come in one query for the page, not one per row (issue 13, item 3).
 */
class RegistrationQueryCountTest extends IntegrationTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationPrivacyService privacy;
    @Autowired
    SeminarService seminars;

    @Test
    void my_registrations_and_my_data_do_not_query_once_per_row() {
        var organiser = aUser("Query Count Organiser", Role.ORGANISER);
        var person = aUser("Query Count Person");
        registerIn(2, organiser, person);
        signIn(person);
        var mineWith2 = QueryCounter.count(() -> registrations.mine(PageRequest.of(0, 20)));
        var dataWith2 = QueryCounter.count(() -> privacy.myData());

        registerIn(4, organiser, person);
        signIn(person);
        var mineWith6 = QueryCounter.count(() -> registrations.mine(PageRequest.of(0, 20)));
        var dataWith6 = QueryCounter.count(() -> privacy.myData());

        System.out.printf("statements for 2 rows / 6 rows: mine(Pageable) %d / %d, myData() %d / %d%n",
                mineWith2.statements(), mineWith6.statements(), dataWith2.statements(), dataWith6.statements());
        assertThat(mineWith2.result().getContent()).hasSize(2);
        assertThat(mineWith6.result().getContent()).hasSize(6)
                .allSatisfy(m -> assertThat(m.seminar().id()).isEqualTo(m.registration().getSeminarId()));
        assertThat(dataWith6.result()).hasSize(6);
        assertThat(mineWith6.statements()).isEqualTo(mineWith2.statements());
        assertThat(dataWith6.statements()).isEqualTo(dataWith2.statements());
    }

    private void registerIn(int seminarCount, String organiser, String person) {
        for (int i = 0; i < seminarCount; i++) {
            signIn(organiser);
            var id = seminars.create(aSeminarForm("Query count " + UUID.randomUUID(), 30, 10));
            seminars.publish(id);
            signIn(person);
            registrations.register(id, aRegistrationForm());
        }
    }
}

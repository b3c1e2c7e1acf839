package org.convene.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withCapacity;
import static org.convene.seminar.SeminarFixtures.withTimes;

import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;

class SeminarServiceTest extends IntegrationTest {

    @Autowired
    SeminarService seminars;

    @BeforeEach
    void signInAsOrganiser() {
        signIn(aUser("Seminar Organiser", Role.ORGANISER));
    }

    @Test
    void a_published_seminar_appears_in_the_catalogue_and_a_draft_does_not() {
        var title = "Catalogue " + UUID.randomUUID();
        var draft = seminars.create(aSeminarForm(title + " draft", 30, 40));
        var published = seminars.create(aSeminarForm(title + " published", 30, 40));
        seminars.publish(published);
        signOut();

        var page = seminars.catalogue(new SeminarFilter(title, null, null, null, null, null, null, null, false),
                PageRequest.of(0, 10));
        assertThat(page.getContent()).extracting(Seminar::getId).containsExactly(published);
        assertThat(seminars.findVisible(draft)).isEmpty();
        assertThat(seminars.findVisible(published)).isPresent();
    }

    @Test
    void bad_input_is_refused_and_nothing_is_stored() {
        var title = "Refused " + UUID.randomUUID();
        var good = aSeminarForm(title, 30, 40);
        assertRefused(withCapacity(good, 0), "capacity");
        assertRefused(withCapacity(good, -3), "capacity");
        assertRefused(withCapacity(good, 100_001), "capacity");
        assertRefused(withTimes(good, good.startsAt(), good.startsAt().minusHours(1)), "endsAt");
        assertRefused(withTimes(good, good.startsAt().minusDays(60), good.startsAt().minusDays(59)), "startsAt");
        assertThat(seminars.search(new SeminarFilter(title, null, null, null, null, null, null, null, true),
                Pageable.ofSize(10)).getTotalElements()).isZero();
    }

    @Test
    void only_organisers_create_seminars() {
        signIn(aUser("Plain Participant"));
        assertThatThrownBy(() -> seminars.create(aSeminarForm("Not allowed", 30, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private void assertRefused(SeminarForm form, String field) {
        assertThatThrownBy(() -> seminars.create(form))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo(field));
    }
}

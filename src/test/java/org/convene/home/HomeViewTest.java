package org.convene.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.home.ui.HomeView;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class HomeViewTest extends KaribuTest {

    @Autowired
    SeminarService seminars;

    @Test
    void everybody_sees_the_next_seminars_of_the_catalogue_and_a_link_to_it() {
        signIn(aUser("Hugo Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm("Home " + UUID.randomUUID(), 2, 30));
        seminars.publish(id);
        signOut();
        var expected = seminars.catalogue(SeminarFilter.upcoming(), PageRequest.of(0, 4)).stream()
                .map(SeminarDetails::publicId).map(p -> "seminar-card-" + p).toList();

        UI.getCurrent().navigate(HomeView.class);
        var upcoming = _get(Div.class, spec -> spec.withId("home-upcoming"));
        var shown = _find(upcoming, Div.class, spec -> spec.withClasses("seminar-card")).stream()
                .map(c -> c.getId().orElseThrow()).toList();
        assertThat(shown).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(_get(RouterLink.class, spec -> spec.withId("home-catalogue-link")).getHref()).isEqualTo("seminars");
        _assertOne(Div.class, spec -> spec.withId("home-visitor"));
    }

    @Test
    void only_organisers_get_the_link_to_manage_seminars() {
        signIn(aUser("Pam Participant"));
        UI.getCurrent().navigate(HomeView.class);
        _assertNone(RouterLink.class, spec -> spec.withId("home-organiser-seminars"));

        signIn(aUser("Otto Organiser", Role.ORGANISER));
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("home-organiser-seminars")).getHref())
                .isEqualTo("organiser/seminars");
        _assertOne(Div.class, spec -> spec.withId("home-organiser"));
    }
}

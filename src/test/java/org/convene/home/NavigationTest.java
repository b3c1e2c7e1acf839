package org.convene.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.account.ui.LoginView;
import org.convene.account.ui.ProfileView;
import org.convene.account.ui.UserAdminView;
import org.convene.home.ui.HomeView;
import org.convene.network.ui.GroupsView;
import org.junit.jupiter.api.Test;

class NavigationTest extends KaribuTest {

    @Test
    void a_visitor_sees_the_public_home_and_is_sent_to_sign_in_for_protected_views() {
        UI.getCurrent().navigate(HomeView.class);
        _assertOne(Div.class, spec -> spec.withId("home-visitor"));
        assertThat(menu()).containsExactly("Home", "Seminars", "Statements");

        UI.getCurrent().navigate(ProfileView.class);
        _assertOne(LoginView.class);
        UI.getCurrent().navigate(UserAdminView.class);
        _assertOne(LoginView.class);
    }

    @Test
    void a_participant_sees_their_home_and_is_refused_organiser_views_by_url() {
        signIn(aUser("Paula Participant"));
        UI.getCurrent().navigate(HomeView.class);
        _assertOne(Div.class, spec -> spec.withId("home-participant"));
        _assertNone(Div.class, spec -> spec.withId("home-organiser"));
        assertThat(menu()).doesNotContain("People and roles", "Expert groups");

        UI.getCurrent().navigate("admin/users");
        _assertOne(VerticalLayout.class, spec -> spec.withId("access-denied-page"));
        _assertNone(UserAdminView.class);
        UI.getCurrent().navigate("groups");
        _assertOne(VerticalLayout.class, spec -> spec.withId("access-denied-page"));
        _assertNone(GroupsView.class);
    }

    @Test
    void an_expert_reaches_their_groups_but_not_user_administration() {
        signIn(aUser("Erik Expert", Role.EXPERT, Role.PARTICIPANT));
        assertThat(menu()).contains("Expert groups").doesNotContain("People and roles");
        UI.getCurrent().navigate(GroupsView.class);
        _assertOne(GroupsView.class);
        UI.getCurrent().navigate(UserAdminView.class);
        _assertOne(VerticalLayout.class, spec -> spec.withId("access-denied-page"));
        _assertNone(UserAdminView.class);
    }

    @Test
    void an_organiser_sees_every_menu_entry_and_opens_user_administration() {
        signIn(aUser("Oscar Organiser", Role.ORGANISER));
        assertThat(menu()).contains("Home", "Expert groups", "People and roles");
        UI.getCurrent().navigate(UserAdminView.class);
        _assertOne(UserAdminView.class);
    }

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}

package org.convene.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import org.convene.KaribuTest;
import org.convene.account.ui.LoginView;
import org.convene.account.ui.UserAdminView;
import org.junit.jupiter.api.Test;

class UserAdminViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void an_organiser_finds_a_participant_and_grants_the_expert_role() {
        var participant = aUser("Future Expert");
        signIn(aUser("Role Granter", Role.ORGANISER));
        UI.getCurrent().navigate(UserAdminView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("users-filter")), participant);
        Grid<User> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(grid, 0, "actions"));
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        _setValue(roles, Set.copyOf(EnumSet.of(Role.PARTICIPANT, Role.EXPERT)));
        _click(_get(Button.class, spec -> spec.withId("user-roles-save")));

        assertThat(accounts.hasRole(idOf(participant), Role.EXPERT)).isTrue();
    }

    @Test
    void the_login_view_shows_a_generic_error_after_a_failed_attempt() {
        UI.getCurrent().navigate("login", new com.vaadin.flow.router.QueryParameters(java.util.Map.of("error", java.util.List.of(""))));
        _get(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }
}

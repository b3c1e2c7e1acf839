package org.convene.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.QueryCounter;
import org.convene.account.Role;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The groups list costs the same number of queries for 1 group as for 20, each with three members: the
 * member counts come in one query for the page, not one per group (issue 13, item 3).
 */
class GroupsQueryCountTest extends KaribuTest {

    @Autowired
    NetworkService network;

    @Test
    void the_groups_list_does_not_query_once_per_group() {
        var experts = List.of(aUser("Count Expert A", Role.EXPERT), aUser("Count Expert B", Role.EXPERT),
                aUser("Count Expert C", Role.EXPERT));
        signIn(aUser("Groups Count Organiser", Role.ORGANISER));
        var token = "Counted " + UUID.randomUUID();
        groups(1, token, experts);
        var grid = groupsList(token);
        var with1 = QueryCounter.count(() -> rows(grid));

        groups(19, token, experts);
        var with20 = QueryCounter.count(() -> rows(grid));

        System.out.printf("statements for 1 group / 20 groups: groups list %d / %d%n", with1.statements(), with20.statements());
        assertThat(with1.result()).hasSize(1);
        assertThat(with20.result()).hasSize(20);
        assertThat(GridKt._getFormattedRow(grid, 19)).contains("3");
        assertThat(with20.statements()).isEqualTo(with1.statements());
    }

    private void groups(int count, String token, List<String> experts) {
        for (int i = 0; i < count; i++) {
            var id = network.create(new GroupForm(token + " " + UUID.randomUUID(), GroupKind.NETWORK, "", null));
            experts.forEach(e -> network.addMember(id, idOf(e)));
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> groupsList(String token) {
        UI.getCurrent().navigate(GroupsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("groups-filter")), token.toLowerCase(java.util.Locale.ROOT));
        return _get(Grid.class, spec -> spec.withId("groups-grid"));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        grid.getDataProvider().refreshAll();
        return GridKt._fetch(grid, 0, 50);
    }
}

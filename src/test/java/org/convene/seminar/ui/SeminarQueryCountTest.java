package org.convene.seminar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.ui.SeminarUiFixtures.textField;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.QueryCounter;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue and the organisers' seminar list cost the same number of queries for 1 row as for 20:
 * the rows' themes (and their seats) come in one query for the page, not one per row (issue 13, item 3).
 */
class SeminarQueryCountTest extends KaribuTest {

    @Autowired
    SeminarService seminars;

    private String organiser;
    private String token;

    @BeforeEach
    void signInAsOrganiser() {
        organiser = aUser("Quentin Organiser", Role.ORGANISER);
        signIn(organiser);
        token = "Counted " + UUID.randomUUID();
    }

    @Test
    void the_catalogue_does_not_query_once_per_row() {
        published(1);
        signOut();
        var grid = catalogue();
        var with1 = QueryCounter.count(() -> rows(grid));

        signIn(organiser);
        published(19);
        signOut();
        var with20 = QueryCounter.count(() -> rows(grid));

        System.out.printf("statements for 1 row / 20 rows: catalogue %d / %d%n", with1.statements(), with20.statements());
        assertThat(with1.result()).hasSize(1);
        assertThat(with20.result()).hasSize(20)
                .allSatisfy(e -> assertThat(e.themes()).isEqualTo("Migrants, refugees and IDPs"));
        assertThat(with20.statements()).isEqualTo(with1.statements());
    }

    @Test
    void the_organisers_seminar_list_does_not_query_once_per_row() {
        published(1);
        var grid = organiserList();
        var with1 = QueryCounter.count(() -> rows(grid));

        published(19);
        var with20 = QueryCounter.count(() -> rows(grid));

        System.out.printf("statements for 1 row / 20 rows: organisers' list %d / %d%n", with1.statements(),
                with20.statements());
        assertThat(with1.result()).hasSize(1);
        assertThat(with20.result()).hasSize(20);
        assertThat(with20.statements()).isEqualTo(with1.statements());
    }

    private void published(int count) {
        for (int i = 0; i < count; i++) {
            var id = seminars.create(aSeminarForm(token + " " + i, 30 + i, 40));
            seminars.publish(id);
        }
    }

    /** The catalogue, filtered to this test's seminars. */
    @SuppressWarnings("unchecked")
    private Grid<SeminarCards.Entry> catalogue() {
        UI.getCurrent().navigate(CatalogueView.class);
        _setValue(textField("catalogue-text"), token);
        return _get(Grid.class, spec -> spec.withId("catalogue-grid"));
    }

    /** The organisers' list, filtered to this test's seminars. */
    @SuppressWarnings("unchecked")
    private Grid<Object> organiserList() {
        UI.getCurrent().navigate(SeminarsView.class);
        _setValue(textField("seminars-filter-text"), token);
        return _get(Grid.class, spec -> spec.withId("seminars-grid"));
    }

    /** One page of the grid as the browser asks for it (what the count measures). */
    private static <T> List<T> rows(Grid<T> grid) {
        grid.getDataProvider().refreshAll();
        return GridKt._fetch(grid, 0, 50);
    }
}

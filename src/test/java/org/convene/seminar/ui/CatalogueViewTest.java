package org.convene.seminar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.inCity;
import static org.convene.seminar.SeminarFixtures.unlisted;
import static org.convene.seminar.SeminarFixtures.withWindow;
import static org.convene.seminar.ui.SeminarUiFixtures.textField;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.base.ui.Formats;
import org.convene.seminar.SeminarService;
import org.convene.seminar.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    SeminarService seminars;

    private String token;

    @BeforeEach
    void signInAsOrganiser() {
        signIn(aUser("Cora Organiser", Role.ORGANISER));
        token = "Catalogue " + UUID.randomUUID();
    }

    @Test
    void visitors_see_published_public_seminars_but_not_drafts_or_unlisted_ones() {
        var published = published(aSeminarForm(token + " public", 50, 40));
        seminars.create(aSeminarForm(token + " draft", 50, 40));
        published(unlisted(aSeminarForm(token + " unlisted", 50, 40)));
        signOut();

        var grid = openCatalogue();
        assertThat(entries(grid)).extracting(SeminarCards.Entry::id).containsExactly(published);
    }

    @Test
    void upcoming_seminars_come_first_by_start() {
        var later = published(aSeminarForm(token + " later", 80, 40));
        var sooner = published(aSeminarForm(token + " sooner", 20, 40));
        signOut();
        assertThat(entries(openCatalogue())).extracting(SeminarCards.Entry::id).containsExactly(sooner, later);
    }

    @Test
    void the_theme_and_country_filters_narrow_the_list_on_the_server() {
        var palermo = published(aSeminarForm(token + " Palermo", 50, 40));
        var strasbourg = published(inCity(aSeminarForm(token + " Strasbourg", 50, 40), Theme.GENDER, "Strasbourg", "FR"));
        signOut();

        var grid = openCatalogue();
        var view = _get(CatalogueView.class);
        assertThat(entries(grid)).extracting(SeminarCards.Entry::id).containsExactlyInAnyOrder(palermo, strasbourg);
        _setValue(view.theme, Theme.GENDER);
        assertThat(entries(grid)).extracting(SeminarCards.Entry::id).containsExactly(strasbourg);
        _setValue(view.theme, null);
        _setValue(view.country, "IT");
        assertThat(entries(grid)).extracting(SeminarCards.Entry::id).containsExactly(palermo);
        _setValue(view.country, "PT");
        assertThat(entries(grid)).isEmpty();
    }

    @Test
    void the_filters_besides_the_search_sit_in_a_panel_that_says_how_many_are_set() {
        signOut();
        openCatalogue();
        var view = _get(CatalogueView.class);
        // Open where the browser's width is not known (and on a desk); a phone closes it when the view attaches.
        assertThat(view.moreFilters.isOpened()).isTrue();
        assertThat(view.moreFilters.getSummaryText()).isEqualTo("More filters");
        _setValue(view.theme, Theme.GENDER);
        _setValue(view.includePast, true);
        assertThat(view.moreFilters.getSummaryText()).isEqualTo("More filters (2 set)");
        _setValue(view.theme, null);
        assertThat(view.moreFilters.getSummaryText()).isEqualTo("More filters (1 set)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_entry_shows_its_times_in_the_seminar_zone_with_the_abbreviation_and_links_to_its_page() {
        var form = aSeminarForm(token, 50, 40);
        var id = published(withWindow(form, form.startsAt().minusDays(20), form.startsAt().minusDays(2)));
        var seminar = seminars.get(id);
        signOut();

        var grid = openCatalogue();
        // The card is drawn by the browser from the renderer's values (no component per row).
        var row = entries(grid).getFirst();
        var renderer = (LitRenderer<SeminarCards.Entry>) grid.getColumnByKey(CatalogueView.ENTRY).getRenderer();
        java.util.function.Function<String, String> value = name -> String.valueOf(renderer.getValueProviders().get(name).apply(row));
        assertThat(value.apply("title")).isEqualTo(token);
        assertThat(value.apply("href")).isEqualTo("seminars/" + seminar.publicId());
        var abbreviation = Formats.zoneAbbreviation(seminar.timeZone(), seminar.startsAt(), Locale.ENGLISH);
        assertThat(abbreviation).isIn("CET", "CEST");
        var when = value.apply("when");
        assertThat(when).startsWith(Formats.dateTime(seminar.startsAt(), Locale.ENGLISH)).endsWith(abbreviation);
        assertThat(value.apply("where")).contains("Palermo, Italy");
        assertThat(value.apply("themes")).contains("Migrants, refugees and IDPs");
        assertThat(value.apply("state"))
                .contains("Registration opens on " + Formats.dateTime(seminar.registrationOpensAt(), Locale.ENGLISH));
    }

    private long published(org.convene.seminar.SeminarForm form) {
        var id = seminars.create(form);
        seminars.publish(id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<SeminarCards.Entry> openCatalogue() {
        UI.getCurrent().navigate(CatalogueView.class);
        _setValue(textField("catalogue-text"), token);
        return _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("catalogue-grid"));
    }

    /** Every row of the lazy grid (fetched page by page, as the browser would scroll). */
    private static java.util.List<SeminarCards.Entry> entries(com.vaadin.flow.component.grid.Grid<SeminarCards.Entry> grid) {
        var size = com.github.mvysny.kaributesting.v10.GridKt._size(grid);
        return size == 0 ? java.util.List.of() : com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, size);
    }
}

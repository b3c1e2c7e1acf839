package org.convene.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Map;
import org.convene.KaribuTest;
import org.convene.seminar.ui.CatalogueView;
import org.junit.jupiter.api.Test;

/** Vaadin components speak the reader's language, and the page says which language it is in. */
class ComponentTextsTest extends KaribuTest {

    private static void french() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void the_catalogues_date_pickers_name_months_and_buttons_in_french() {
        french();
        UI.getCurrent().navigate(CatalogueView.class);
        var from = _get(DatePicker.class, spec -> spec.withId("catalogue-from"));
        assertThat(from.getI18n().getMonthNames()).startsWith("janvier", "février");
        assertThat(from.getI18n().getToday()).isEqualTo("Aujourd’hui");
        assertThat(from.getI18n().getCancel()).isEqualTo("Annuler");
        assertThat(from.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void the_same_pickers_speak_english_in_english() {
        UI.getCurrent().navigate(CatalogueView.class);
        var from = _get(DatePicker.class, spec -> spec.withId("catalogue-from"));
        assertThat(from.getI18n().getMonthNames()).startsWith("January");
        assertThat(from.getI18n().getToday()).isEqualTo("Today");
    }

    @Test
    void an_upload_a_grid_without_rows_and_a_limited_field_get_their_texts_when_shown() {
        french();
        UI.getCurrent().navigate(CatalogueView.class);
        var upload = new Upload();
        var grid = new Grid<String>();
        var area = new TextArea();
        area.setMaxLength(500);
        var box = new Div(upload, grid, area);
        UI.getCurrent().add(box);
        ComponentTexts.localize(box);
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Choisir un fichier…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Déposez un fichier ici");
        assertThat(grid.getEmptyStateText()).isEqualTo("Rien ici pour l’instant.");
        assertThat(area.getHelperText()).isEqualTo("0/500 caractères");
    }

    @Test
    void the_page_language_follows_the_ui_language() {
        french();
        UI.getCurrent().navigate(CatalogueView.class);
        var invocations = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(invocations).anySatisfy(i -> {
            assertThat(i.getInvocation().getExpression()).contains("document.documentElement.lang");
            assertThat(i.getInvocation().getParameters()).contains("fr");
        });
    }

    @Test
    void on_a_phone_secondary_grid_columns_are_hidden() {
        var grid = new Grid<String>();
        grid.addColumn(s -> s).setKey("main");
        grid.addColumn(s -> s).setKey("extra");
        Grids.fit(grid, "main", "extra");
        var values = Map.of("v-ww", "375", "v-wh", "800", "v-sw", "375", "v-sh", "800", "v-tzid", "Europe/Paris");
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), values::get);
        UI.getCurrent().add(grid);
        assertThat(grid.getColumnByKey("extra").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("main").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("main").getFlexGrow()).isEqualTo(1);
        assertThat(grid.getColumnByKey("extra").isAutoWidth()).isTrue();
        assertThat(grid.getColumnByKey("main").isAutoWidth()).isFalse();
    }

    @Test
    void at_1280_px_the_columns_named_for_wider_windows_hide_and_the_main_one_takes_the_room_left() {
        var grid = new Grid<String>();
        grid.addColumn(s -> s).setKey("main");
        grid.addColumn(s -> s).setKey("phone-hidden");
        grid.addColumn(s -> s).setKey("wide-only");
        grid.addColumn(s -> s).setKey("always");
        Grids.fit(grid, "main", "phone-hidden");
        Grids.hideBelow(grid, 1440, "wide-only");
        var values = Map.of("v-ww", "1280", "v-wh", "900", "v-sw", "1280", "v-sh", "900", "v-tzid", "Europe/Paris");
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), values::get);
        UI.getCurrent().add(grid);
        assertThat(grid.getColumnByKey("wide-only").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("phone-hidden").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("always").isVisible()).isTrue();
        var main = grid.getColumnByKey("main");
        assertThat(main.isAutoWidth()).as("not as wide as its longest text").isFalse();
        assertThat(main.getWidth()).isEqualTo("12rem");
        assertThat(main.getFlexGrow()).isEqualTo(1);
        assertThat(grid.getColumnByKey("always").isAutoWidth()).isTrue();
        assertThat(grid.getColumnByKey("always").getFlexGrow()).isZero();
    }

    @Test
    void on_a_phone_the_main_column_needs_less_room_and_a_column_of_buttons_gets_a_fixed_width() {
        var grid = new Grid<String>();
        grid.addColumn(s -> s).setKey("main");
        grid.addColumn(s -> s).setKey("actions");
        Grids.fit(grid, "main");
        Grids.narrowWidth(grid, "actions", "7.5rem");
        var values = Map.of("v-ww", "375", "v-wh", "800", "v-sw", "375", "v-sh", "800", "v-tzid", "Europe/Paris");
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), values::get);
        UI.getCurrent().add(grid);
        assertThat(grid.getColumnByKey("main").getWidth()).isEqualTo("8rem");
        assertThat(grid.getColumnByKey("actions").isAutoWidth()).isFalse();
        assertThat(grid.getColumnByKey("actions").getWidth()).isEqualTo("7.5rem");
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");

        Grids.showFor(grid, 1280);
        assertThat(grid.getColumnByKey("main").getWidth()).isEqualTo("12rem");
        assertThat(grid.getColumnByKey("actions").isAutoWidth()).isTrue();
        assertThat(grid.getThemeNames()).doesNotContain("wrap-cell-content");
    }
}

package org.convene.seminar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.convene.seminar.SeminarRow;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.Theme;

/** Typing into the seminar editor and reading grids, as a person would. */
final class SeminarUiFixtures {

    private SeminarUiFixtures() {
    }

    /** A complete, valid in-person seminar, starting in {@code daysAhead} days in Palermo. */
    static void fillValidForm(String title, int daysAhead) {
        var start = LocalDateTime.now().plusDays(daysAhead).withHour(9).withMinute(0).withSecond(0).withNano(0);
        _setValue(textField("seminar-title"), title);
        _setValue(multiSelect("seminar-themes"), Set.of(Theme.MIGRANTS_REFUGEES_IDPS));
        _setValue(radio("seminar-format"), SeminarFormat.IN_PERSON);
        _setValue(textField("seminar-venue-name"), "Palazzo Steri");
        _setValue(textField("seminar-venue-city"), "Palermo");
        _setValue(comboBox("seminar-venue-country"), "IT");
        _setValue(comboBox("seminar-time-zone"), "Europe/Rome");
        _setValue(dateTime("seminar-starts-at"), start);
        _setValue(dateTime("seminar-ends-at"), start.plusDays(1).withHour(17));
        _setValue(multiSelect("seminar-languages"), Set.of("en", "it"));
        _setValue(integerField("seminar-capacity"), 60);
        _setValue(dateTime("seminar-registration-opens-at"), LocalDateTime.now().minusDays(1).withNano(0));
        _setValue(dateTime("seminar-registration-closes-at"), start.minusDays(2));
    }

    static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    static IntegerField integerField(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    static DateTimePicker dateTime(String id) {
        return _get(DateTimePicker.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> MultiSelectComboBox<T> multiSelect(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> RadioButtonGroup<T> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static Grid<SeminarRow> seminarGrid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** Every row of a lazy grid (fetched page by page, as the browser would scroll). */
    static <T> List<T> rows(Grid<T> grid) {
        var size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    static String text(Component c) {
        return com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(c);
    }
}

package org.convene.participation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.registration.ui.StatisticsView;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Item 18 of issue 11: statistics open on a range with seminars, or on the organiser's last choice. */
class StatisticsRangeTest extends KaribuTest {

    @Autowired
    Clock clock;
    @Autowired
    SeminarService seminars;

    private static DatePicker picker(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }

    private static String totals() {
        return _get(Paragraph.class, spec -> spec.withId("statistics-totals")).getText();
    }

    @Test
    void a_new_organiser_sees_the_last_twelve_months_and_the_next_twelve_with_next_years_seminar_in_it() {
        signIn(aUser("Range Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm("Next year " + UUID.randomUUID(), 330, 20));
        seminars.publish(id);
        UI.getCurrent().navigate(StatisticsView.class);

        var today = LocalDate.now(clock);
        assertThat(picker("statistics-from").getValue()).isEqualTo(today.minusMonths(12));
        assertThat(picker("statistics-to").getValue()).isEqualTo(today.plusMonths(12));
        assertThat(totals()).doesNotStartWith("0 ");
    }

    @Test
    void the_organisers_last_choice_is_where_the_page_opens_again_and_only_for_them() {
        var organiser = aUser("Choosing Organiser", Role.ORGANISER);
        signIn(organiser);
        UI.getCurrent().navigate(StatisticsView.class);
        picker("statistics-from").setValue(LocalDate.of(2025, 3, 1));
        picker("statistics-to").setValue(LocalDate.of(2025, 9, 30));
        _click(_get(Button.class, spec -> spec.withId("statistics-show")));

        signIn(organiser);
        UI.getCurrent().navigate(StatisticsView.class);
        assertThat(picker("statistics-from").getValue()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(picker("statistics-to").getValue()).isEqualTo(LocalDate.of(2025, 9, 30));

        // A refused period is explained on its field and not remembered.
        picker("statistics-from").setValue(LocalDate.of(2026, 5, 1));
        picker("statistics-to").setValue(LocalDate.of(2026, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("statistics-show")));
        assertThat(picker("statistics-to").isInvalid()).isTrue();
        signIn(organiser);
        UI.getCurrent().navigate(StatisticsView.class);
        assertThat(picker("statistics-from").getValue()).isEqualTo(LocalDate.of(2025, 3, 1));

        signIn(aUser("Other Organiser", Role.ORGANISER));
        UI.getCurrent().navigate(StatisticsView.class);
        assertThat(picker("statistics-from").getValue()).isEqualTo(LocalDate.now(clock).minusMonths(12));
    }

    @Test
    void a_period_without_dates_marks_both_fields_at_once_and_an_end_before_the_start_marks_the_end() {
        signIn(aUser("Period Organiser", Role.ORGANISER));
        UI.getCurrent().navigate(StatisticsView.class);
        var shown = totals();
        picker("statistics-from").setValue(null);
        picker("statistics-to").setValue(null);
        _click(_get(Button.class, spec -> spec.withId("statistics-show")));
        assertThat(picker("statistics-from").isInvalid()).isTrue();
        assertThat(picker("statistics-to").isInvalid()).isTrue();
        assertThat(picker("statistics-to").getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(totals()).isEqualTo(shown);

        picker("statistics-from").setValue(LocalDate.of(2026, 6, 1));
        picker("statistics-to").setValue(LocalDate.of(2026, 5, 1));
        _click(_get(Button.class, spec -> spec.withId("statistics-show")));
        assertThat(picker("statistics-from").isInvalid()).isFalse();
        assertThat(picker("statistics-to").getErrorMessage()).isEqualTo("The end of the period must not be before its start.");
        assertThat(picker("statistics-to").getValue()).isEqualTo(LocalDate.of(2026, 5, 1));
    }
}

package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

class RegistrationStatisticsTest extends KaribuTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    RegistrationStatistics statistics;
    @Autowired
    SeminarService seminars;

    @Test
    void counts_by_status_gender_country_and_sector_with_small_groups_suppressed() {
        var organiser = aUser("Stats Organiser", Role.ORGANISER);
        signIn(organiser);
        var form = aSeminarForm("Stats " + UUID.randomUUID(), 40, 8);
        var seminar = seminars.create(form);
        seminars.publish(seminar);
        var ids = new java.util.ArrayList<Long>();
        for (var i = 0; i < 7; i++) {
            signIn(aUser("Greek " + i));
            ids.add(registrations.register(seminar, aRegistrationForm("GR", Sector.SOCIAL_SERVICES, i < 5 ? Gender.WOMAN : null)));
        }
        for (var i = 0; i < 3; i++) {
            signIn(aUser("Cypriot " + i));
            ids.add(registrations.register(seminar, aRegistrationForm("CY", Sector.EDUCATION, Gender.MAN)));
        }
        signIn(organiser);
        for (var i = 0; i < 6; i++) {
            organisers.setAttended(ids.get(i), true);
        }

        var report = statistics.forSeminar(seminar);
        assertThat(report.registrations()).isEqualTo(10);
        assertThat(report.confirmed()).isEqualTo(8);
        assertThat(report.attended()).isEqualTo(6);
        assertThat(report.attendanceRate()).isEqualTo("75 %");
        assertThat(report.byStatus()).containsExactly(new RegistrationStatistics.Row("CONFIRMED", 8, 6),
                new RegistrationStatistics.Row("WAITLISTED", 2, 0));
        assertThat(report.byCountry()).containsExactly(new RegistrationStatistics.Row("GR", 7, 6),
                new RegistrationStatistics.Row("CY", 1, 0));
        assertThat(RegistrationStatistics.cell(1)).isEqualTo("<5");
        assertThat(RegistrationStatistics.cell(4)).isEqualTo("<5");
        assertThat(RegistrationStatistics.cell(0)).isEqualTo("0");
        assertThat(RegistrationStatistics.cell(5)).isEqualTo("5");

        var start = form.startsAt().toLocalDate();
        var period = statistics.forPeriod(start, start);
        assertThat(period.seminarCount()).isGreaterThanOrEqualTo(1);
        assertThat(period.registrations()).isGreaterThanOrEqualTo(10);
        assertThatThrownBy(() -> statistics.forPeriod(start, start.minusDays(1)))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("to"));

        UI.getCurrent().navigate("organiser/statistics/" + seminar);
        assertThat(_get(Paragraph.class, spec -> spec.withId("statistics-totals")).getText())
                .isEqualTo("1 seminar · registrations: 10 · confirmed: 8 · attended: 6 · attendance rate: 75 %");
        @SuppressWarnings("unchecked")
        Grid<RegistrationStatistics.Row> byCountry = _get(Grid.class, spec -> spec.withId("statistics-country"));
        assertThat(GridKt._getFormattedRow(byCountry, 0)).containsExactly("Greece", "7", "6");
        assertThat(GridKt._getFormattedRow(byCountry, 1)).containsExactly("Cyprus", "<5", "0");
        @SuppressWarnings("unchecked")
        Grid<RegistrationStatistics.Row> byGender = _get(Grid.class, spec -> spec.withId("statistics-gender"));
        assertThat(GridKt._getFormattedRow(byGender, 0)).containsExactly("Woman", "5", "5");
        assertThat(GridKt._getFormattedRow(byGender, 1)).containsExactly("Not given", "<5", "<5");

        UI.getCurrent().navigate("organiser/statistics");
        assertThat(_get(Paragraph.class, spec -> spec.withId("statistics-totals")).getText()).contains("registrations");
    }
}

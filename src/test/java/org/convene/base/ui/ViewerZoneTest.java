package org.convene.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.account.ui.UserAdminView;
import org.convene.privacy.ui.MyDataView;
import org.junit.jupiter.api.Test;

/** One person sees every instant in one zone: their profile's, else their browser's. */
class ViewerZoneTest extends KaribuTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private String organiserIn(ZoneId zone) {
        var email = aUser("Zone Organiser", Role.ORGANISER);
        super.signIn(email);
        accounts.updateProfile("Zone Organiser", Locale.ENGLISH, zone.getId());
        signIn(email);
        return email;
    }

    @Test
    void people_and_roles_and_my_data_show_instants_in_the_profiles_zone_with_its_abbreviation() {
        var email = organiserIn(NEW_YORK);
        var abbreviation = Formats.zoneAbbreviation(NEW_YORK, java.time.LocalDateTime.now(NEW_YORK), Locale.ENGLISH);

        UI.getCurrent().navigate(UserAdminView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("users-filter")), email);
        Grid<?> users = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._getFormattedRow(users, 0)).anySatisfy(cell -> assertThat(cell).endsWith(" " + abbreviation));

        UI.getCurrent().navigate(MyDataView.class);
        assertThat(_get(Div.class, spec -> spec.withId("my-data")).getElement().getTextRecursively())
                .contains(abbreviation).contains("America/New_York").doesNotContain("CET");
    }

    @Test
    void a_zone_changed_in_the_profile_applies_at_once() {
        organiserIn(ZoneId.of("Europe/Paris"));
        assertThat(Viewer.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        Viewer.rememberZone(NEW_YORK);
        assertThat(Viewer.zone()).isEqualTo(NEW_YORK);
    }

    @Test
    void a_visitor_sees_the_browsers_zone_else_utc() {
        assertThat(Viewer.zone()).isEqualTo(ZoneOffset.UTC);
        var values = Map.of("v-tzid", "Asia/Tokyo", "v-curdate", "0", "v-tzo", "-540", "v-rtzo", "-540", "v-dstd", "0",
                "v-dston", "false", "v-td", "false", "v-pr", "1");
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), k -> values.get(k));
        assertThat(Viewer.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }
}

package org.convene.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.account.ui.ProfileView;
import org.convene.privacy.ui.MyDataView;
import org.convene.registration.RegistrationService;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyDataViewTest extends KaribuTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    SeminarService seminars;
    @Autowired
    CurrentUser currentUser;

    @Test
    void my_data_shows_the_account_and_the_registrations_and_links_the_download() {
        var title = "My data " + UUID.randomUUID();
        var person = registeredPerson(title);

        UI.getCurrent().navigate(ProfileView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("profile-my-data")).getHref()).isEqualTo("my/data");
        UI.getCurrent().navigate(MyDataView.class);

        var text = _get(Div.class, spec -> spec.withId("my-data")).getElement().getTextRecursively();
        assertThat(text).contains(person, "Data Person", title, "Ministry of Health", "Vegetarian");
        assertThat(_get(Anchor.class, spec -> spec.withId("my-data-download")).getHref()).isEqualTo("api/me/data.json");
    }

    @Test
    void deleting_asks_the_password_again_then_signs_the_person_out() {
        var person = registeredPerson("Deleted " + UUID.randomUUID());
        UI.getCurrent().navigate(MyDataView.class);

        _click(_get(Button.class, spec -> spec.withId("my-data-delete")));
        _setValue(_get(PasswordField.class, spec -> spec.withId("my-data-delete-password")), "wrong-password-1");
        _click(_get(Button.class, spec -> spec.withId("my-data-delete-confirm")));
        var password = _get(PasswordField.class, spec -> spec.withId("my-data-delete-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(accounts.exists(person)).isTrue();

        _setValue(password, PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("my-data-delete-confirm")));

        assertThat(accounts.exists(person)).isFalse();
        assertThat(currentUser.get()).isEmpty();
    }

    private String registeredPerson(String title) {
        signIn(aUser("Data Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm(title, 30, 10));
        seminars.publish(id);
        var person = aUser("Data Person");
        signIn(person);
        registrations.register(id, aRegistrationForm());
        return person;
    }
}

package org.convene.participation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.registration.Gender;
import org.convene.registration.RegistrationForm;
import org.convene.registration.RegistrationService;
import org.convene.registration.Sector;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Item 6 of issue 11: a returning person's registration starts with their last organisation, country and sector. */
class RegistrationDefaultsTest extends KaribuTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    RegistrationService registrations;

    long first;
    long second;
    long third;
    String secondPublicId;
    String thirdPublicId;

    @BeforeEach
    void threeSeminars() {
        signIn(aUser("Defaults Organiser", Role.ORGANISER));
        first = publish("First");
        second = publish("Second");
        third = publish("Third");
        secondPublicId = seminars.get(second).publicId();
        thirdPublicId = seminars.get(third).publicId();
    }

    private long publish(String name) {
        var id = seminars.create(aSeminarForm(name + " " + UUID.randomUUID(), 20, 10));
        seminars.publish(id);
        return id;
    }

    private void openRegistration(String publicId) {
        UI.getCurrent().navigate("seminars/" + publicId + "/register");
    }

    @Test
    void the_form_starts_with_the_last_registrations_organisation_country_and_sector() {
        var person = aUser("Returning Person");
        signIn(person);
        registrations.register(first, new RegistrationForm("Ministry of Health", "IT", Sector.HEALTH, Gender.WOMAN,
                "Step-free access", "", "", false, true));
        registrations.register(second, new RegistrationForm("Regional Drug Observatory", "GR", Sector.RESEARCH, null,
                "", "", "", true, true));

        openRegistration(thirdPublicId);
        assertThat(_get(TextField.class, spec -> spec.withId("reg-organisation")).getValue()).isEqualTo("Regional Drug Observatory");
        assertThat(_get(ComboBox.class, spec -> spec.withId("reg-country")).getValue()).isEqualTo("GR");
        assertThat(_get(Select.class, spec -> spec.withId("reg-sector")).getValue()).isEqualTo(Sector.RESEARCH);
        // Needs and consents are asked again each time.
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("reg-accessibility")).getValue()).isEmpty();
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("reg-privacy")).getValue()).isFalse();
    }

    @Test
    void a_first_registration_starts_empty() {
        signIn(aUser("First Timer"));
        openRegistration(secondPublicId);
        assertThat(_get(TextField.class, spec -> spec.withId("reg-organisation")).getValue()).isEmpty();
        assertThat(_get(ComboBox.class, spec -> spec.withId("reg-country")).getValue()).isNull();
        assertThat(_get(Select.class, spec -> spec.withId("reg-sector")).getValue()).isNull();
    }
}

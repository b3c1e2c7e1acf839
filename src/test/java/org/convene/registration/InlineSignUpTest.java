package org.convene.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.CurrentUser;
import org.convene.account.EmailVerificationService;
import org.convene.account.Role;
import org.convene.registration.ui.RegisterView;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor creates their account inside the registration form: both are stored, or neither. */
class InlineSignUpTest extends KaribuTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    EmailVerificationService verification;

    /**
     * Issue 10, item 5: the account and the registration are stored, the registration waits for the
     * address to be confirmed (no seat yet), and the link in the e-mail gives it its seat.
     */
    @Test
    void a_visitor_creates_an_account_and_registers_in_one_form_and_the_registration_waits_for_the_address() {
        var seminar = published("Inline " + UUID.randomUUID());
        signOut();
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");
        _get(RegisterView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("reg-sign-in")).getHref()).isEqualTo("login");
        var email = uniqueEmail("inline");

        fillAccount("Inline Visitor", email, PASSWORD, PASSWORD);
        fillRegistration(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("reg-check-email")).getText()).contains(email).contains("confirm");
        _get(Button.class, spec -> spec.withId("reg-resend"));
        assertThat(accounts.exists(email)).isTrue();
        assertThat(currentUser.get()).as("nobody is signed in: the e-mail is the next step").isEmpty();
        assertThat(organisers.count(seminar.id(), RegistrationStatus.CONFIRMED)).isZero();
        signIn(email);
        var mine = registrations.mine(seminar.id()).orElseThrow();
        assertThat(mine.getStatus()).isEqualTo(RegistrationStatus.UNVERIFIED);
        assertThat(mine.getFullName()).isEqualTo("Inline Visitor");
        assertThat(mine.getEmail()).isEqualTo(email);
        assertThat(mine.getUserId()).isEqualTo(idOf(email));

        assertThat(verification.verifyEmail(verificationToken(email))).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(organisers.count(seminar.id(), RegistrationStatus.CONFIRMED)).isEqualTo(1));
        assertThat(registrations.mine(seminar.id()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    /** Issue 10, item 5: the form answers as for a new address; nothing is stored and the owner is told. */
    @Test
    void a_visitor_with_an_email_already_used_gets_the_same_answer_and_nothing_is_stored() {
        var seminar = published("Inline taken " + UUID.randomUUID());
        var existing = aUser("Existing Person");
        signOut();
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");

        fillAccount("Someone Else", existing, PASSWORD, PASSWORD);
        fillRegistration(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("reg-check-email")).getText()).contains(existing).contains("confirm");
        _get(Button.class, spec -> spec.withId("reg-resend"));
        assertThat(currentUser.get()).isEmpty();
        assertThat(organisers.count(seminar.id(), RegistrationStatus.CONFIRMED)).isZero();
        assertThat(awaitMail(existing, "SIGN_UP_ATTEMPT")).contains("tried to create a new Convene account");
        signIn(existing);
        assertThat(registrations.mine(seminar.id())).isEmpty();
        assertThat(accounts.displayNames(java.util.List.of(idOf(existing)))).containsValue("Existing Person");
    }

    @Test
    void missing_privacy_consent_stores_no_account() {
        var seminar = published("Inline consent " + UUID.randomUUID());
        signOut();
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");
        var email = uniqueEmail("noconsent");

        fillAccount("No Consent", email, PASSWORD, PASSWORD);
        fillRegistration(false);

        var privacy = _get(Checkbox.class, spec -> spec.withId("reg-privacy"));
        assertThat(privacy.isInvalid()).isTrue();
        assertThat(accounts.exists(email)).isFalse();
        assertThat(currentUser.get()).isEmpty();
        assertThat(organisers.count(seminar.id(), RegistrationStatus.CONFIRMED)).isZero();
    }

    @Test
    void a_weak_password_or_a_different_confirmation_is_shown_on_its_field_and_nothing_is_stored() {
        var seminar = published("Inline password " + UUID.randomUUID());
        signOut();
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");
        var email = uniqueEmail("weak");

        fillAccount("Weak Password", email, "short", "short");
        fillRegistration(true);
        assertThat(_get(PasswordField.class, spec -> spec.withId("reg-account-password")).isInvalid()).isTrue();

        fillAccount("Weak Password", email, PASSWORD, PASSWORD + "x");
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("reg-account-confirm")).isInvalid()).isTrue();
        assertThat(accounts.exists(email)).isFalse();
    }

    private void fillAccount(String name, String email, String password, String confirm) {
        _setValue(_get(TextField.class, spec -> spec.withId("reg-account-name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withId("reg-account-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-account-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-account-confirm")), confirm);
    }

    private void fillRegistration(boolean privacy) {
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("reg-country"));
        _setValue(country, "BE");
        @SuppressWarnings("unchecked")
        Select<Sector> sector = _get(Select.class, spec -> spec.withId("reg-sector"));
        _setValue(sector, Sector.HEALTH);
        _setValue(_get(Checkbox.class, spec -> spec.withId("reg-privacy")), privacy);
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));
    }

    private SeminarDetails published(String title) {
        signIn(aUser("Inline Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm(title, 30, 10));
        seminars.publish(id);
        return seminars.get(id);
    }
}

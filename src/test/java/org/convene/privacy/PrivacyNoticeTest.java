package org.convene.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.privacy.ui.PrivacyNoticeView;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Item 16 of issue 11: a privacy notice, configurable, linked from the registration consent and the footer. */
class PrivacyNoticeTest extends KaribuTest {

    @Autowired
    SeminarService seminars;

    @Test
    void a_visitor_reads_the_notice_with_the_configured_retention_periods_in_english_and_french() {
        UI.getCurrent().navigate(PrivacyNoticeView.class);
        var english = text();
        assertThat(english).contains("Privacy notice", "deleted 24 months after the seminar ends",
                "deleted after 7 days", "My data", "Delete your account", "Download");
        assertThat(_get(Html.class).getInnerHtml()).contains("/my/data\"");

        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(PrivacyNoticeView.class);
        var french = text();
        assertThat(french).contains("Politique de confidentialité", "supprimés 24 mois après la fin",
                "supprimé après 7 jours");
        assertThat(_get(Html.class).getInnerHtml()).containsAnyOf("Questions&nbsp;:", "Questions\u00a0:");
    }

    private static String text() {
        return org.jsoup.Jsoup.parse(_get(Html.class).getInnerHtml()).text();
    }

    @Test
    void the_footer_and_the_registration_consent_link_to_the_notice() {
        UI.getCurrent().navigate(PrivacyNoticeView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("footer-privacy")).getHref()).isEqualTo("privacy");

        signIn(aUser("Notice Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm("Notice " + UUID.randomUUID(), 20, 5));
        seminars.publish(id);
        var publicId = seminars.get(id).publicId();
        signIn(aUser("Notice Reader"));
        UI.getCurrent().navigate("seminars/" + publicId + "/register");
        var link = _get(Anchor.class, spec -> spec.withId("reg-privacy-notice"));
        assertThat(link.getHref()).isEqualTo("privacy");
        assertThat(link.getTarget()).contains(AnchorTarget.BLANK.getValue());
    }

    @Test
    void the_operator_replaces_the_text_with_placeholders_filled_and_markup_made_safe(@TempDir Path dir) throws Exception {
        var en = dir.resolve("notice-en.md");
        Files.writeString(en, "# Our notice\n\nKept {retentionMonths} months by {organisation}, ask {contact}.\n\n"
                + "<script>alert(1)</script> [x](javascript:alert) <a href=\"javascript:alert(1)\">y</a>");
        var notice = new PrivacyNoticeService(en.toString(), "", "Pompidou Group", "dpo@example.org", 12,
                Duration.ofDays(3), "https://convene.example.org");
        var html = notice.html(Locale.ENGLISH).replaceAll("\\s+", " ");
        assertThat(html).contains("<h1>Our notice</h1>", "Kept 12 months by Pompidou Group, ask dpo@example.org.")
                .doesNotContain("<script", "<a href=\"javascript");
        assertThat(notice.html(Locale.FRENCH).replaceAll("\\s+", " ")).contains("<strong>12 mois</strong>", "https://convene.example.org/my/data");

        assertThatThrownBy(() -> new PrivacyNoticeService(dir.resolve("missing.md").toString(), "", "x", "y", 1,
                Duration.ofDays(1), "http://x")).hasMessageContaining("missing.md");
    }
}

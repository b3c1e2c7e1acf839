package org.convene.statement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.SecondInstance;
import org.convene.account.Role;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.convene.statement.ParagraphService;
import org.convene.statement.StatementForm;
import org.convene.statement.StatementLive;
import org.convene.statement.StatementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 9: two Convene instances on one database. The shared test context is instance A; a second
 * Spring application context (its own beans, its own {@link StatementLive} poller, its own web server)
 * on the same database is instance B. An editor open on B shows, without reloading, a paragraph saved
 * through the editor on A, and the other way round. Nothing in memory is shared between the two: only
 * the change feed in the database carries the change.
 */
class TwoInstancesEditorTest extends KaribuTest {

    private static SecondInstance instanceB;

    @Autowired
    ApplicationContext instanceA;
    @Autowired
    StatementService statements;
    @Autowired
    ParagraphService paragraphs;
    @Autowired
    NetworkService network;
    @Autowired
    StatementLive liveA;

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
            instanceB = null;
        }
    }

    @Test
    void a_paragraph_saved_on_one_instance_reaches_an_open_editor_on_the_other_through_the_change_feed() {
        if (instanceB == null) {
            instanceB = SecondInstance.on(instanceA);
        }
        var liveB = instanceB.bean(StatementLive.class);
        assertThat(liveB).as("instance B runs its own poller").isNotSameAs(liveA);

        var organiser = aUser("Two Instances Organiser", Role.ORGANISER);
        var lead = aUser("Amina Haddad", Role.EXPERT);
        var coAuthor = aUser("Jonas Becker", Role.EXPERT);
        super.signIn(organiser);
        var group = network.create(new GroupForm("SNP two instances " + UUID.randomUUID(), GroupKind.NETWORK, "", idOf(lead)));
        network.addMember(group, idOf(coAuthor));
        super.signIn(lead);
        var statementId = statements.create(new StatementForm("Palermo statement", null, group, "en", idOf(lead),
                Set.of(idOf(coAuthor)), Set.of()));
        var publicId = statements.summary(statementId).publicId();
        var paragraphId = paragraphs.body(statementId).paragraphs().findFirst().orElseThrow().id();
        Runnable openEditor = () -> UI.getCurrent().navigate(StatementEditorView.class,
                new RouteParameters(StatementEditorView.PUBLIC_ID, publicId));

        signIn(lead);
        openEditor.run();
        try (var onB = new OtherBrowser(instanceB.context(), instanceB.bean(UserDetailsService.class), coAuthor)) {
            onB.run(openEditor);
            assertThat(liveB.listenerCount()).as("the editor on B follows B's poller").isPositive();
            var pollsBefore = liveB.polls();

            save(paragraphId, "Saved through instance A.");

            onB.awaitUi(Duration.ofSeconds(20), () -> renderedText(paragraphId).contains("Saved through instance A."));
            assertThat(liveB.polls()).as("B learnt it by polling the feed").isGreaterThan(pollsBefore);

            onB.run(() -> save(paragraphId, "Answered through instance B."));
            org.awaitility.Awaitility.await("the editor on A sees B's change").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(20)).pollInSameThread().until(() -> {
                        MockVaadin.clientRoundtrip(false);
                        return renderedText(paragraphId).contains("Answered through instance B.");
                    });
        }
        assertThat(paragraphs.paragraph(paragraphId).version()).isEqualTo(3);
    }

    private static void save(long paragraphId, String text) {
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-edit")));
        _setValue(_get(TextArea.class, spec -> spec.withId("paragraph-" + paragraphId + "-editor")), text);
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-save")));
    }

    private static String renderedText(long paragraphId) {
        return _get(Div.class, spec -> spec.withId("paragraph-" + paragraphId + "-text")).getElement().getProperty("innerHTML");
    }
}

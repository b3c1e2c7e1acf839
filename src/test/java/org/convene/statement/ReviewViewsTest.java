package org.convene.statement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review UI, browserless: the review page's panels and paragraph actions, the published page, translations. */
class ReviewViewsTest extends KaribuTest {

    @Autowired
    NetworkService network;
    @Autowired
    CommentService commentService;
    @Autowired
    StatementService statementService;
    @Autowired
    ParagraphService paragraphService;
    @Autowired
    ChecklistService checklists;
    @Autowired
    ChecklistAnswerService checklistAnswers;
    @Autowired
    SignatureService signatures;
    @Autowired
    WorkflowService workflow;
    @Autowired
    TranslationService translations;
    @Autowired
    org.convene.seminar.SeminarService seminars;
    @Autowired
    java.time.Clock clock;

    String organiser;
    String lead;
    String reviewer;
    String signer;
    long statementId;
    long paragraphId;
    String publicId;

    @BeforeEach
    void aStatementInReview() {
        organiser = aUser("View Organiser", Role.ORGANISER);
        lead = aUser("Lena Lead", Role.EXPERT);
        reviewer = aUser("Rita Reviewer", Role.EXPERT);
        signer = aUser("Sami Signer", Role.EXPERT);
        signIn(organiser);
        var group = network.create(new GroupForm("EG " + UUID.randomUUID(), GroupKind.EXPERT_GROUP, "", idOf(lead)));
        signIn(lead);
        statementId = statementService.create(new StatementForm("Opinion " + UUID.randomUUID(), null, group, "en", idOf(lead),
                Set.of(), Set.of(idOf(reviewer))));
        paragraphId = paragraphService.body(statementId).paragraphs().findFirst().orElseThrow().id();
        paragraphService.save(paragraphId, 1, "Drug policies must respect human rights.");
        publicId = statementService.summary(statementId).publicId();
    }

    private void openReview() {
        UI.getCurrent().navigate("statements/review/" + statementId);
    }

    private void tab(String id) {
        var sheet = _get(TabSheet.class, spec -> spec.withId("statement-review-panels"));
        var tab = sheet.getChildren().flatMap(c -> c.getChildren()).filter(c -> c.getId().orElse("").equals(id)).findFirst();
        tab.ifPresent(t -> sheet.setSelectedTab((com.vaadin.flow.component.tabs.Tab) t));
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    /** The visible text of a component, including rendered Markdown ({@link Html} content). */
    private static String text(String id) {
        return content(_get(Component.class, spec -> spec.withId(id)));
    }

    private static String content(Component c) {
        var out = new StringBuilder(c.getElement().getTextRecursively());
        html(c, out);
        return out.toString();
    }

    private static void html(Component c, StringBuilder out) {
        if (c instanceof Html h) {
            out.append(' ').append(h.getInnerHtml());
        }
        c.getChildren().forEach(child -> html(child, out));
    }

    /** Publishes a statement as its team would: one signatory invited, freeze, endorsement, publication (public). */
    private void publish(long id, String statementLead) {
        signIn(statementLead);
        workflow.configure(id, Quorum.ALL, PublicationVisibility.PUBLIC);
        signatures.invite(id, idOf(signer), "Harm Reduction International");
        workflow.freeze(id);
        signIn(signer);
        signatures.sign(id, Decision.ENDORSED, "");
        signIn(statementLead);
        workflow.publish(id, "");
    }

    /** The titles the public list shows (none when it is hidden behind the "no statement" line). */
    @SuppressWarnings("unchecked")
    private static List<String> listedTitles() {
        var shown = _find(com.vaadin.flow.component.virtuallist.VirtualList.class, spec -> spec.withId("statements-list"));
        if (shown.isEmpty()) {
            return List.of();
        }
        var list = (com.vaadin.flow.component.virtuallist.VirtualList<org.convene.statement.PublishedSummary>) shown.getFirst();
        return ((com.vaadin.flow.data.provider.DataProvider<org.convene.statement.PublishedSummary, Object>) list.getDataProvider())
                .fetch(new com.vaadin.flow.data.provider.Query<>()).map(org.convene.statement.PublishedSummary::title).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void filter(String id, Object value) {
        _setValue((com.vaadin.flow.component.select.Select) _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId(id)), value);
    }

    @Test
    void a_visitor_filters_the_public_statements_by_group_seminar_language_and_year() {
        // A second published statement, of another group and for a seminar, in French.
        signIn(organiser);
        var otherGroup = network.create(new GroupForm("EG " + UUID.randomUUID(), GroupKind.EXPERT_GROUP, "", idOf(lead)));
        var seminar = seminars.create(org.convene.seminar.SeminarFixtures.aSeminarForm("Statements seminar " + UUID.randomUUID(), 30, 20));
        seminars.publish(seminar);
        signIn(lead);
        var otherId = statementService.create(new StatementForm("Avis " + UUID.randomUUID(), seminar, otherGroup, "fr", idOf(lead),
                Set.of(), Set.of()));
        paragraphService.save(paragraphService.body(otherId).paragraphs().findFirst().orElseThrow().id(), 1, "Les politiques en matière de drogues.");
        publish(statementId, lead);
        publish(otherId, lead);
        var title = statementService.summary(statementId).title();
        var otherTitle = statementService.summary(otherId).title();
        var year = java.time.LocalDate.now(clock).getYear();

        signOut();
        UI.getCurrent().navigate("statements");
        assertThat(listedTitles()).contains(title, otherTitle);

        filter("statements-filter-group", otherGroup);
        assertThat(listedTitles()).containsExactly(otherTitle);
        filter("statements-filter-group", null);

        filter("statements-filter-seminar", seminar);
        assertThat(listedTitles()).containsExactly(otherTitle);
        filter("statements-filter-seminar", null);

        filter("statements-filter-language", "fr");
        assertThat(listedTitles()).contains(otherTitle).doesNotContain(title);
        filter("statements-filter-language", "en");
        assertThat(listedTitles()).contains(title).doesNotContain(otherTitle);
        filter("statements-filter-language", null);

        filter("statements-filter-year", year);
        assertThat(listedTitles()).contains(title, otherTitle);
        filter("statements-filter-year", year - 1);
        assertThat(listedTitles()).doesNotContain(title, otherTitle);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("statements-empty")))
                .hasSize(listedTitles().isEmpty() ? 1 : 0);
    }

    @Test
    void a_reviewer_comments_on_a_paragraph_and_the_lead_resolves_it() {
        signIn(reviewer);
        openReview();
        _click(_get(Button.class, spec -> spec.withId("review-comments-button-" + paragraphId)));
        _click(_get(Button.class, spec -> spec.withId("review-comment-add")));
        assertThat(_get(TextArea.class, spec -> spec.withId("review-comment-text")).getErrorMessage())
                .isEqualTo("Please fill in this field.");
        _setValue(_get(TextArea.class, spec -> spec.withId("review-comment-text")), "Cite the UN guidelines here.");
        _click(_get(Button.class, spec -> spec.withId("review-comment-add")));
        NotificationsKt.expectNotifications("Comment added.");
        assertThat(_get(TextArea.class, spec -> spec.withId("review-comment-text")).isInvalid())
                .as("empty again after the comment went through, and not marked").isFalse();
        assertThat(text("review-comments-" + paragraphId)).contains("Cite the UN guidelines here.").contains("1 unresolved comment");

        signIn(lead);
        openReview();
        assertThat(_get(Button.class, spec -> spec.withId("review-comments-button-" + paragraphId)).getText()).isEqualTo("1");
        assertThat(text("review-comments-all")).contains("Cite the UN guidelines here.");
        var resolve = _find(Button.class, spec -> spec.withText("Resolve")).getFirst();
        _click(resolve);
        assertThat(text("review-comments-unresolved")).isEqualTo("No unresolved comments");
    }

    @Test
    void a_half_written_reply_survives_another_persons_comment_arriving_live() {
        signIn(lead);
        var first = commentService.comment(statementId, paragraphId, "Which sources?");
        signIn(reviewer);
        openReview();
        _setValue(_get(TextArea.class, spec -> spec.withId("review-reply-text-" + first)), "The UN guidelines of 2024");
        asOtherPerson(lead, () -> commentService.comment(statementId, paragraphId, "Another point."));
        org.awaitility.Awaitility.await("the other comment shown live").pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            return text("review-comments-all").contains("Another point.");
        });
        assertThat(_get(TextArea.class, spec -> spec.withId("review-reply-text-" + first)).getValue())
                .isEqualTo("The UN guidelines of 2024");
    }

    /** Someone else acts (their own security context) while this browser stays open. */
    private void asOtherPerson(String email, Runnable action) {
        var mine = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var details = userDetailsService.loadUserByUsername(email);
        var theirs = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        theirs.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(details, null, details.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(theirs);
        try {
            action.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(mine);
        }
    }

    @Test
    void inviting_a_signatory_without_a_person_and_with_an_over_long_organisation_marks_both_and_keeps_the_text() {
        signIn(lead);
        openReview();
        tab("review-signoff-tab");
        var organisation = "o".repeat(201);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("review-invite-organisation")),
                organisation);
        _click(_get(Button.class, spec -> spec.withId("review-invite")));

        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("review-invite-person")).isInvalid())
                .isTrue();
        var field = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("review-invite-organisation"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("At most 200 characters.");
        assertThat(field.getValue()).isEqualTo(organisation);
    }

    @Test
    void a_translation_without_language_nor_title_marks_both_fields_at_once() {
        signIn(lead);
        openReview();
        tab("review-translations-tab");
        _click(_get(Button.class, spec -> spec.withId("review-translation-create")));

        assertThat(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("review-translation-language"))
                .isInvalid()).isTrue();
        var title = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("review-translation-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(translations.translationsOf(statementId)).isEmpty();
    }

    @Test
    void declining_a_proposal_without_a_reason_says_so_on_the_field_and_keeps_it_open() {
        signIn(reviewer);
        openReview();
        _click(_get(Button.class, spec -> spec.withId("review-propose-" + paragraphId)));
        _setValue(_get(TextArea.class, spec -> spec.withId("review-propose-text")), "Drug policies must protect human rights.");
        _setValue(_get(TextArea.class, spec -> spec.withId("review-propose-reason")), "Stronger.");
        _click(_get(Button.class, spec -> spec.withId("review-propose-send")));

        signIn(lead);
        openReview();
        tab("review-proposals-tab");
        _click(_find(Button.class, spec -> spec.withText("Decline")).getFirst());
        _click(_get(Button.class, spec -> spec.withId("review-proposal-decline-confirm")));
        var reason = _get(TextArea.class, spec -> spec.withId("review-proposal-decline-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isNotBlank();
        assertThat(text("review-proposals")).doesNotContain("Declined");
    }

    @Test
    void a_proposal_with_the_text_unchanged_and_no_reason_marks_both_fields_at_once() {
        signIn(reviewer);
        openReview();
        _click(_get(Button.class, spec -> spec.withId("review-propose-" + paragraphId)));
        _click(_get(Button.class, spec -> spec.withId("review-propose-send")));

        var text = _get(TextArea.class, spec -> spec.withId("review-propose-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("The proposed text is the same as the current one.");
        var reason = _get(TextArea.class, spec -> spec.withId("review-propose-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(text.getValue()).isEqualTo(paragraphService.paragraph(paragraphId).text());
    }

    @Test
    void a_reviewer_proposes_a_change_and_the_lead_accepts_it_as_a_new_version_credited_to_the_reviewer() {
        signIn(reviewer);
        openReview();
        _click(_get(Button.class, spec -> spec.withId("review-propose-" + paragraphId)));
        _setValue(_get(TextArea.class, spec -> spec.withId("review-propose-text")), "Drug policies must respect and protect human rights.");
        _setValue(_get(TextArea.class, spec -> spec.withId("review-propose-reason")), "Protect, not only respect.");
        _click(_get(Button.class, spec -> spec.withId("review-propose-send")));
        NotificationsKt.expectNotifications("Proposal sent to the lead drafter.");

        signIn(lead);
        openReview();
        tab("review-proposals-tab");
        var card = _get(Div.class, spec -> spec.withClasses("statement-review-proposal"));
        assertThat(card.getElement().getTextRecursively()).contains("Protect, not only respect.");
        var body = _get(Component.class, spec -> spec.withId("statement-review-body"));
        _click(_find(Button.class, spec -> spec.withText("Accept")).getFirst());
        // Read before any lookup: a lookup runs the UI.access tasks queued so far, which may include the
        // change feed's refresh, delivered on another thread at its own pace. This is what the click answers.
        assertThat(content(body)).as("the body shown in the answer to 'Accept'").contains("respect and protect");
        assertThat(paragraphService.paragraph(paragraphId).text()).isEqualTo("Drug policies must respect and protect human rights.");
        assertThat(text("review-proposals")).contains("Accepted");

        signIn(reviewer);
        UI.getCurrent().navigate("statements/notices");
        assertThat(text("notices-unread")).isEqualTo("1 unread notice");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<NoticeService.NoticeView> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("notices-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).kind()).isEqualTo(NoticeKind.PROPOSAL_ACCEPTED);
        _click(_get(Button.class, spec -> spec.withId("notices-mark-all")));
        assertThat(text("notices-unread")).isEqualTo("Nothing unread");
    }

    @Test
    void an_unanswered_checklist_item_blocks_the_freeze_until_the_team_answers_it() {
        signIn(organiser);
        var checklist = checklists.create(new ChecklistForm("HR self-assessment " + UUID.randomUUID(), "",
                List.of(new ChecklistForm.Item(null, "Does the text respect the right to health?", "Article 12 ICESCR."))));
        signIn(lead);
        checklistAnswers.attach(statementId, checklist);
        signatures.invite(statementId, idOf(signer), "Harm Reduction International");
        openReview();
        tab("review-signoff-tab");
        _click(_get(Button.class, spec -> spec.withId("review-freeze")));
        NotificationsKt.expectNotifications("The review checklist still has 1 unanswered item: answer every item before freezing.");
        assertThat(text("review-status")).isEqualTo("Draft");

        tab("review-checklist-tab");
        _setValue(radio("review-check-answer-1"), CheckAnswer.YES);
        _click(_get(Button.class, spec -> spec.withId("review-check-save-1")));
        assertThat(text("review-checklist-progress")).isEqualTo("1 of 1 item answered");
        tab("review-signoff-tab");
        _click(_get(Button.class, spec -> spec.withId("review-freeze")));
        assertThat(text("review-status")).isEqualTo("Frozen for sign-off");
        assertThat(text("review-frozen-hash")).matches(".*[0-9a-f]{8} [0-9a-f]{8}.*");
    }

    @Test
    void freeze_endorse_with_a_reservation_reach_the_quorum_publish_and_a_later_edit_leaves_the_published_text_unchanged() {
        signatures.invite(statementId, idOf(signer), "Harm Reduction International");
        workflow.freeze(statementId);

        signIn(signer);
        openReview();
        tab("review-signoff-tab");
        _setValue(radio("review-decision"), Decision.ENDORSED_WITH_RESERVATION);
        _setValue(_get(TextArea.class, spec -> spec.withId("review-reservation")), "Pending our board's formal approval.");
        _click(_get(Button.class, spec -> spec.withId("review-sign")));
        NotificationsKt.expectNotifications("Your decision is recorded.");

        signIn(lead);
        openReview();
        tab("review-signoff-tab");
        assertThat(text("review-quorum-line")).contains("1 of 1 endorsed").contains("quorum reached");
        var publish = _get(Button.class, spec -> spec.withId("review-publish"));
        assertThat(publish.isEnabled()).isTrue();
        _click(publish);
        assertThat(text("review-status")).isEqualTo("Published");

        assertThatThrownBy(() -> paragraphService.save(paragraphId, 2, "Rewritten after publication"))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("statement.error.frozen"));
        signOut();
        UI.getCurrent().navigate("statements/published/" + publicId);
        assertThat(text("published-text")).contains("Drug policies must respect human rights.").doesNotContain("Rewritten");
        assertThat(text("published-signers")).contains("Sami Signer").contains("Harm Reduction International")
                .contains("Pending our board's formal approval.");
        assertThat(text("published-hash")).contains("SHA-256");
        assertThat(_get(Component.class, spec -> spec.withId("published-download-pdf")).getElement().getAttribute("href"))
                .isEqualTo("api/public/statements/" + publicId + "/1.pdf");

        UI.getCurrent().navigate("statements");
        _assertNone(Component.class, spec -> spec.withId("published-not-found"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.virtuallist.VirtualList<PublishedSummary> list =
                _get(com.vaadin.flow.component.virtuallist.VirtualList.class, spec -> spec.withId("statements-list"));
        assertThat(list.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).map(PublishedSummary::publicId).toList())
                .contains(publicId);
    }

    @Test
    void strangers_see_not_found_on_the_published_page_before_publication_and_on_the_review_page() {
        signOut();
        UI.getCurrent().navigate("statements/published/" + publicId);
        assertThat(text("published-not-found")).contains("has not been published");
        signIn(signer);
        openReview();
        assertThat(text("statement-review-not-found")).contains("not found");
    }

    @Test
    void a_translated_paragraph_shows_out_of_date_with_the_source_diff_after_the_source_changes() {
        var fr = translations.create(statementId, "fr", "Avis sur les droits humains");
        var translated = paragraphService.body(fr).paragraphs().findFirst().orElseThrow().id();
        paragraphService.save(translated, 1, "Les politiques en matière de drogues doivent respecter les droits humains.");
        UI.getCurrent().navigate("statements/translation/" + fr);
        assertThat(text("translation-state-" + translated)).isEqualTo("Up to date");

        paragraphService.save(paragraphId, 2, "Drug policies must respect and protect human rights.");
        UI.getCurrent().navigate("statements/translation/" + fr);
        assertThat(text("translation-state-" + translated)).isEqualTo("Out of date");
        assertThat(text("translation-summary")).isEqualTo("1 of 1 paragraph out of date");
        assertThat(text("translation-row-" + translated)).contains("<ins>").contains("and").contains("protect");
        _click(_get(Button.class, spec -> spec.withId("translation-done-" + translated)));
        assertThat(text("translation-state-" + translated)).isEqualTo("Up to date");
        assertThat(_find(Span.class, spec -> spec.withText("Out of date"))).isEmpty();
    }
}

package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class SignOffAndPublicationTest extends ReviewTestBase {

    private static String key(Throwable e) {
        return ((ConveneException) e).getMessageKey();
    }

    @Test
    void freezing_is_refused_while_a_checklist_item_is_unanswered_then_gives_the_documented_hash() {
        var id = aWrittenStatement();
        inviteSigners(id, 1);
        attachChecklist(id, 2);
        var first = checklistAnswers.checklist(id).orElseThrow().rows().get(0).item().id();
        signIn(reviewer);
        checklistAnswers.answer(id, first, CheckAnswer.NOT_APPLICABLE, "No criminal-law content.");
        signIn(lead);
        assertThatThrownBy(() -> workflow.freeze(id)).satisfies(e -> assertThat(key(e)).isEqualTo("statement.signoff.checklist-incomplete"));
        assertThat(signOff.state(id).status()).isEqualTo(StatementStatus.DRAFT);
        answerAll(id);
        var hash = workflow.freeze(id);
        var h = statementService.summary(id);
        var body = paragraphService.body(id);
        var expected = CanonicalText.hash(h.title(), "en", body.sections().stream()
                .map(s -> new CanonicalText.Section(s.title(), s.paragraphs().stream().map(ParagraphView::text).toList())).toList());
        assertThat(hash).isEqualTo(expected).hasSize(64);
        signIn(reviewer);
        assertThat(signOff.state(id).frozenHash()).isEqualTo(hash);
    }

    @Test
    void freeze_endorse_with_a_reservation_reach_the_quorum_and_publish_then_a_later_edit_changes_nothing_published() {
        var id = aWrittenStatement();
        var s = inviteSigners(id, 3);
        workflow.configure(id, Quorum.MAJORITY, PublicationVisibility.PUBLIC);
        workflow.submitForReview(id);
        workflow.freeze(id);
        assertThatThrownBy(() -> workflow.publish(id, "")).satisfies(e -> assertThat(key(e)).isEqualTo("statement.signoff.no-quorum"));
        signIn(s.get(0));
        assertThatThrownBy(() -> signatures.sign(id, Decision.ENDORSED_WITH_RESERVATION, " "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("statement.signoff.reservation-required"));
        signatures.sign(id, Decision.ENDORSED_WITH_RESERVATION, "We would go further on decriminalisation.");
        signIn(s.get(1));
        signatures.sign(id, Decision.ENDORSED, "");
        signIn(s.get(2));
        signatures.sign(id, Decision.DECLINED, "");
        signIn(lead);
        var state = signOff.state(id);
        assertThat(state.endorsed()).isEqualTo(2);
        assertThat(state.quorumReached()).isTrue();
        assertThat(workflow.publish(id, "")).isEqualTo(1);
        signOut();
        var published = publications.read(state.publicId(), null);
        assertThat(published.signers()).hasSize(2)
                .anySatisfy(x -> assertThat(x.reservation()).isEqualTo("We would go further on decriminalisation."));
        assertThat(published.contentHash()).isEqualTo(state.frozenHash());
        eventually(() -> count("select count(*) from outbox_message where kind = 'STATEMENT_SIGN_REQUESTED' and recipient_user_id = ?",
                idOf(s.get(2))) == 1);
        eventually(() -> count("select count(*) from outbox_message where kind = 'STATEMENT_PUBLISHED' and recipient_user_id = ?",
                idOf(reviewer)) == 1);
        assertThat(publications.page(new PublicFilter(groupId, null, "en", null), PageRequest.of(0, 10)).getContent())
                .anySatisfy(x -> assertThat(x.publicId()).isEqualTo(state.publicId()));
        var before = published.sections();
        signIn(lead);
        var p = firstParagraph(id);
        assertThatThrownBy(() -> paragraphService.save(p, 2, "A later edit")).satisfies(e -> assertThat(key(e)).isEqualTo("statement.error.frozen"));
        signOut();
        assertThat(publications.read(state.publicId(), 1).sections()).isEqualTo(before);
    }

    @Test
    void the_lead_withdraws_a_publication_with_a_reason_that_stays_visible_and_it_leaves_the_public_list() {
        var id = aWrittenStatement();
        var s = inviteSigners(id, 1);
        workflow.configure(id, Quorum.ALL, PublicationVisibility.PUBLIC);
        workflow.freeze(id);
        signIn(s.get(0));
        signatures.sign(id, Decision.ENDORSED, "");
        signIn(lead);
        workflow.publish(id, "");
        var publicId = signOff.state(id).publicId();
        assertThatThrownBy(() -> workflow.withdraw(id, " ")).isInstanceOfSatisfying(ConveneException.class,
                e -> assertThat(e.getField()).isEqualTo("reason"));
        signIn(coAuthor);
        assertThatThrownBy(() -> workflow.withdraw(id, "Not mine to withdraw."))
                .isInstanceOf(org.convene.base.AccessDeniedException.class);
        signIn(lead);
        assertThat(signOff.state(id).status()).as("refusals changed nothing").isEqualTo(StatementStatus.PUBLISHED);

        workflow.withdraw(id, "Superseded by the 2027 statement.");

        assertThat(signOff.state(id).status()).isEqualTo(StatementStatus.WITHDRAWN);
        assertThat(signOff.state(id).history()).anySatisfy(h -> {
            assertThat(h.to()).isEqualTo(StatementStatus.WITHDRAWN);
            assertThat(h.reason()).isEqualTo("Superseded by the 2027 statement.");
        });
        signOut();
        assertThat(publications.read(publicId, null).withdrawnReason()).isEqualTo("Superseded by the 2027 statement.");
        assertThat(publications.page(new PublicFilter(groupId, null, null, null), PageRequest.of(0, 10)).getContent())
                .noneSatisfy(x -> assertThat(x.publicId()).isEqualTo(publicId));
    }

    @Test
    void a_signature_by_someone_not_invited_is_refused_and_strangers_see_nothing_until_publication() {
        var id = aWrittenStatement();
        inviteSigners(id, 1);
        workflow.freeze(id);
        signIn(coAuthor);
        assertThatThrownBy(() -> signatures.sign(id, Decision.ENDORSED, "")).satisfies(e -> assertThat(key(e)).isEqualTo("statement.signoff.not-invited"));
        signIn(stranger);
        assertThatThrownBy(() -> signatures.sign(id, Decision.ENDORSED, "")).isInstanceOf(NotFoundException.class);
        assertThat(count("select count(*) from statement_signature g join statement_signatory s on s.id = g.signatory_id where s.statement_id = ?", id)).isZero();
        signIn(lead);
        var publicId = signOff.state(id).publicId();
        signOut();
        assertThatThrownBy(() -> publications.read(publicId, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void reopening_voids_the_sign_offs_visibly_and_the_signatories_are_told() {
        var id = aWrittenStatement();
        var s = inviteSigners(id, 2);
        workflow.freeze(id);
        signIn(s.get(0));
        signatures.sign(id, Decision.ENDORSED, "");
        signIn(lead);
        assertThat(workflow.reopen(id, "A figure was wrong.")).isEqualTo(1);
        var state = signOff.state(id);
        assertThat(state.status()).isEqualTo(StatementStatus.IN_REVIEW);
        assertThat(state.frozenHash()).isNull();
        assertThat(state.endorsed()).isZero();
        assertThat(state.voided()).singleElement().satisfies(v -> assertThat(v.decision()).isEqualTo(Decision.ENDORSED));
        assertThat(state.history().get(0).voidedSignatures()).isEqualTo(1);
        signIn(s.get(0));
        assertThatThrownBy(() -> signatures.sign(id, Decision.ENDORSED, "")).satisfies(e -> assertThat(key(e)).isEqualTo("statement.signoff.not-frozen"));
        eventually(() -> count("select count(*) from outbox_message where kind = 'STATEMENT_SIGNATURES_VOIDED' and recipient_user_id = ?",
                idOf(s.get(0))) == 1);
    }

    @Test
    void a_correction_is_a_new_published_version_with_a_change_note_and_the_old_one_stays_readable() {
        var id = aWrittenStatement();
        var s = inviteSigners(id, 1);
        workflow.freeze(id);
        signIn(s.get(0));
        signatures.sign(id, Decision.ENDORSED, "");
        signIn(lead);
        workflow.publish(id, "");
        var publicId = signOff.state(id).publicId();
        signIn(reviewer);
        assertThatThrownBy(() -> comments.comment(id, firstParagraph(id), "Too late"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("statement.review.error.closed"));
        signIn(lead);
        workflow.startCorrection(id, "Typo");
        var p = firstParagraph(id);
        paragraphService.save(p, 2, "We, professionals working with refugees, met in Palermo (Sicily).");
        workflow.freeze(id);
        signIn(s.get(0));
        signatures.sign(id, Decision.ENDORSED, "");
        signIn(lead);
        assertThatThrownBy(() -> workflow.publish(id, "")).satisfies(e -> assertThat(key(e)).isEqualTo("statement.publication.change-note-required"));
        assertThat(workflow.publish(id, "Place name completed.")).isEqualTo(2);
        signOut();
        var latest = publications.read(publicId, null);
        assertThat(latest.number()).isEqualTo(2);
        assertThat(latest.changeNote()).isEqualTo("Place name completed.");
        assertThat(latest.versions()).hasSize(2);
        var old = publications.read(publicId, 1);
        assertThat(old.sections().get(0).paragraphsHtml().get(0)).doesNotContain("Sicily");
        assertThat(latest.sections().get(0).paragraphsHtml().get(0)).contains("Sicily");
    }

    @Test
    void a_group_only_publication_is_404_for_strangers_and_readable_by_group_members() {
        var id = aWrittenStatement();
        var s = inviteSigners(id, 1);
        workflow.configure(id, Quorum.ALL, PublicationVisibility.GROUP);
        workflow.freeze(id);
        signIn(s.get(0));
        signatures.sign(id, Decision.ENDORSED, "");
        signIn(lead);
        workflow.publish(id, "");
        var publicId = signOff.state(id).publicId();
        signOut();
        assertThatThrownBy(() -> publications.read(publicId, null)).isInstanceOf(NotFoundException.class);
        signIn(stranger);
        assertThatThrownBy(() -> publications.export(publicId, 1, ExportFormat.PDF)).isInstanceOf(NotFoundException.class);
        signIn(coAuthor);
        assertThat(publications.read(publicId, null).title()).startsWith("Palermo statement");
    }

    @Test
    void pdf_and_docx_downloads_of_a_publication_contain_its_text_and_signatories_and_html_no_script() throws Exception {
        var id = aWrittenStatement();
        var p = firstParagraph(id);
        paragraphService.save(p, 2, "We met in **Palermo**. <script>alert('x')</script> [x](javascript:alert(1))");
        var s = inviteSigners(id, 1);
        workflow.freeze(id);
        signIn(s.get(0));
        signatures.sign(id, Decision.ENDORSED_WITH_RESERVATION, "Subject to our board's approval.");
        signIn(lead);
        workflow.publish(id, "");
        var publicId = signOff.state(id).publicId();
        var name = accounts.findAll(java.util.List.of(idOf(s.get(0)))).get(idOf(s.get(0))).getDisplayName();
        signOut();
        try (var pdf = Loader.loadPDF(publications.export(publicId, 1, ExportFormat.PDF).content())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("We met in").contains("Palermo").contains(name).contains("Subject to our board's approval.");
        }
        try (var docx = new XWPFDocument(new ByteArrayInputStream(publications.export(publicId, 1, ExportFormat.DOCX).content()));
             var extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("We met in").contains(name).contains("Subject to our board's approval.");
        }
        var html = new String(publications.export(publicId, 1, ExportFormat.HTML).content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("javascript:").contains("<strong>palermo</strong>");
    }
}

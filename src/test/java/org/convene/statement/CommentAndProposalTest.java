package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.junit.jupiter.api.Test;

class CommentAndProposalTest extends ReviewTestBase {

    @Test
    void a_reviewer_comments_the_lead_replies_and_resolves_and_the_unresolved_counts_follow() {
        var id = aWrittenStatement();
        var p = firstParagraph(id);
        signIn(reviewer);
        var c = comments.comment(id, p, "Should we name the reception centres?");
        assertThat(comments.unresolvedCounts(id)).containsEntry(p, 1);
        signIn(lead);
        comments.reply(c, "Yes, in the annex.");
        comments.resolve(c);
        assertThat(comments.unresolvedCounts(id)).doesNotContainKey(p);
        assertThat(comments.unresolvedTotal(id)).isZero();
        var thread = comments.threads(id, p).get(0);
        assertThat(thread.resolved()).isTrue();
        assertThat(thread.replies()).extracting(CommentThread.Entry::body).containsExactly("Yes, in the annex.");
        signIn(reviewer);
        comments.reopen(c);
        assertThat(comments.unresolvedTotal(id)).isEqualTo(1);
    }

    @Test
    void a_mention_of_a_team_member_tells_them_in_the_app_and_by_email() {
        var id = aWrittenStatement();
        var p = firstParagraph(id);
        signIn(reviewer);
        var name = accounts.findAll(java.util.List.of(idOf(coAuthor))).get(idOf(coAuthor)).getDisplayName();
        comments.comment(id, p, "@" + name + " can you check the figures?");
        signIn(coAuthor);
        assertThat(notices.mine(org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(NoticeKind.MENTIONED));
        eventually(() -> count("select count(*) from outbox_message where kind = 'STATEMENT_MENTIONED' and recipient_user_id = ?",
                idOf(coAuthor)) == 1);
    }

    @Test
    void over_long_or_empty_comments_are_refused_and_nothing_is_stored() {
        var id = aWrittenStatement();
        var p = firstParagraph(id);
        assertThatThrownBy(() -> comments.comment(id, p, "x".repeat(Comment.BODY_MAX + 1)))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> comments.comment(id, p, "   ")).isInstanceOf(ConveneException.class);
        assertThat(count("select count(*) from statement_comment where statement_id = ?", id)).isZero();
    }

    @Test
    void strangers_get_not_found_and_reviewers_comment_and_propose_but_do_not_edit() {
        var id = aWrittenStatement();
        var p = firstParagraph(id);
        signIn(stranger);
        assertThatThrownBy(() -> comments.comment(id, p, "Hello")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.threads(id, p)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> proposals.propose(id, p, 2, "Other text", "Better")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signOff.state(id)).isInstanceOf(NotFoundException.class);
        signIn(reviewer);
        proposals.propose(id, p, 2, "We, professionals, met in Palermo.", "Shorter");
        assertThatThrownBy(() -> paragraphService.save(p, 2, "Reviewer edit")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.submitForReview(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from statement_proposal where statement_id = ?", id)).isEqualTo(1);
    }

    @Test
    void an_accepted_proposal_becomes_a_new_version_credited_to_the_proposer_who_is_told() {
        var id = aWrittenStatement();
        var p = firstParagraph(id);
        signIn(reviewer);
        var proposal = proposals.propose(id, p, 2, "We, professionals working with refugees and migrants, met in Palermo.",
                "Migrants too");
        signIn(coAuthor);
        assertThatThrownBy(() -> proposals.accept(proposal, 2)).isInstanceOf(AccessDeniedException.class);
        signIn(lead);
        var version = proposals.accept(proposal, 2);
        assertThat(version).isEqualTo(3);
        var last = revisions.findByParagraphIdOrderByVersionAsc(p).getLast();
        assertThat(last.getCreditedTo()).isEqualTo(idOf(reviewer));
        assertThat(last.getAuthorId()).isEqualTo(idOf(lead));
        assertThat(paragraphService.paragraph(p).text()).contains("refugees and migrants");
        assertThat(proposals.list(id).get(0).status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThatThrownBy(() -> proposals.accept(proposal, 3))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("statement.review.proposal.decided"));
        signIn(reviewer);
        assertThat(notices.unread()).isEqualTo(1);
        eventually(() -> count("select count(*) from outbox_message where kind = 'STATEMENT_PROPOSAL_DECIDED' and recipient_user_id = ?",
                idOf(reviewer)) == 1);
    }

    @Test
    void a_proposal_on_a_paragraph_changed_since_is_marked_and_accepting_on_an_unseen_version_stores_nothing() {
        var id = aWrittenStatement();
        var p = firstParagraph(id);
        signIn(reviewer);
        var proposal = proposals.propose(id, p, 2, "Proposed wording.", "Clearer");
        signIn(coAuthor);
        paragraphService.save(p, 2, "Co-author's newer wording.");
        signIn(lead);
        var view = proposals.list(id).get(0);
        assertThat(view.changedSince()).isTrue();
        assertThat(view.currentText()).isEqualTo("Co-author's newer wording.");
        assertThatThrownBy(() -> proposals.accept(proposal, 2)).isInstanceOf(ParagraphConflictException.class);
        assertThat(paragraphService.paragraph(p).version()).isEqualTo(3);
        assertThat(proposals.list(id).get(0).status()).isEqualTo(ProposalStatus.OPEN);
        proposals.accept(proposal, 3);
        assertThat(paragraphService.paragraph(p).text()).isEqualTo("Proposed wording.");
    }

    @Test
    void declining_needs_a_reason_and_tells_the_proposer() {
        var id = aWrittenStatement();
        var p = firstParagraph(id);
        signIn(reviewer);
        var proposal = proposals.propose(id, p, 2, "Proposed wording.", "Clearer");
        signIn(lead);
        assertThatThrownBy(() -> proposals.decline(proposal, " ")).isInstanceOf(ConveneException.class);
        proposals.decline(proposal, "We keep the original.");
        var view = proposals.list(id).get(0);
        assertThat(view.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(view.decisionReason()).isEqualTo("We keep the original.");
        eventually(() -> count("select count(*) from outbox_message where kind = 'STATEMENT_PROPOSAL_DECIDED' and recipient_user_id = ?",
                idOf(reviewer)) == 1);
    }

    @Test
    void a_proposal_on_a_deleted_paragraph_or_a_frozen_version_is_refused_and_nothing_is_stored() {
        var id = aWrittenStatement();
        var body = paragraphService.body(id);
        var second = body.paragraphs().toList().get(1).id();
        structure.deleteParagraph(second);
        signIn(reviewer);
        assertThatThrownBy(() -> proposals.propose(id, second, 1, "New text", "Because"))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("statement.review.error.paragraph-deleted"));
        var signer = inviteSigners(id, 1);
        workflow.freeze(id);
        signIn(reviewer);
        var p = firstParagraph(id);
        assertThatThrownBy(() -> proposals.propose(id, p, 2, "New text", "Because"))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("statement.review.error.frozen"));
        assertThat(count("select count(*) from statement_proposal where statement_id = ?", id)).isZero();
        assertThat(signer).hasSize(1);
    }
}

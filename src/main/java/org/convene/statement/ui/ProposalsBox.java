package org.convene.statement.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;
import org.convene.statement.ParagraphConflictException;
import org.convene.statement.ProposalService;
import org.convene.statement.ProposalStatus;
import org.convene.statement.ProposalView;
import org.convene.statement.StatementLive;

/**
 * The proposals of a statement: open ones first, each with its reason and the word differences from
 * the text it was written on; "changed since" when the paragraph moved on (then the current text is
 * shown too). The lead drafter accepts or declines with a reason.
 */
class ProposalsBox extends VerticalLayout {

    private final transient ProposalService proposals;
    private final long statementId;
    private final boolean canDecide;

    ProposalsBox(ProposalService proposals, StatementLive live, long statementId, boolean canDecide) {
        this.proposals = proposals;
        this.statementId = statementId;
        this.canDecide = canDecide;
        setId("review-proposals");
        setPadding(false);
        addClassName("statement-review-proposals");
        LiveUpdates.follow(this, live, statementId, change -> {
            if (java.util.Set.of("PROPOSAL", "PARAGRAPH_SAVED", "STRUCTURE", "STATUS").contains(change.kind())) {
                refresh();
            }
        });
        refresh();
    }

    void refresh() {
        removeAll();
        var list = proposals.list(statementId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("statement.review.proposals.none")));
            return;
        }
        list.forEach(p -> add(card(p)));
    }

    private Div card(ProposalView p) {
        var card = new Div();
        card.setId("review-proposal-" + p.id());
        card.addClassName("statement-review-proposal");
        card.addClassName(p.status().name().toLowerCase(java.util.Locale.ROOT));
        var head = new HorizontalLayout();
        head.addClassName("statement-review-thread-head");
        head.add(ReviewUi.badge(getTranslation("statement.review.proposals.status." + p.status().name()),
                p.status() == ProposalStatus.ACCEPTED ? "success" : p.status() == ProposalStatus.DECLINED ? "error" : "contrast"));
        if (p.changedSince()) {
            var marker = ReviewUi.badge(getTranslation("statement.review.proposals.changed-since", p.baseVersion(), p.currentVersion()), "warning");
            marker.setId("review-proposal-changed-" + p.id());
            head.add(marker);
        }
        if (p.paragraphDeleted()) {
            head.add(ReviewUi.badge(getTranslation("statement.review.error.paragraph-deleted"), "error"));
        }
        var meta = new Span(p.proposer() + " · " + ReviewUi.when(p.at(), getLocale()));
        meta.addClassName("meta");
        var reason = new Paragraph(getTranslation("statement.review.proposals.reason") + " " + p.reason());
        reason.addClassName("convene-prewrap");
        card.add(head, meta, reason, ReviewUi.diff(p.baseText(), p.proposedText()));
        if (p.changedSince()) {
            var now = new Paragraph(getTranslation("statement.review.proposals.current-text"));
            now.addClassName("meta");
            card.add(now, ReviewUi.diff(p.currentText(), p.proposedText()));
        }
        if (p.status() != ProposalStatus.OPEN) {
            var decided = new Paragraph(getTranslation("statement.review.proposals.decided-by", p.decidedBy() == null ? "—" : p.decidedBy())
                    + (p.decisionReason() == null || p.decisionReason().isBlank() ? "" : " — " + p.decisionReason()));
            decided.addClassName("meta");
            card.add(decided);
        } else if (canDecide && !p.paragraphDeleted()) {
            var accept = new Button(getTranslation("statement.review.proposals.accept"), e -> accept(p));
            accept.setId("review-proposal-accept-" + p.id());
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            var decline = new Button(getTranslation("statement.review.proposals.decline"), e -> decline(p));
            decline.setId("review-proposal-decline-" + p.id());
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            card.add(new HorizontalLayout(accept, decline));
        }
        return card;
    }

    void accept(ProposalView p) {
        try {
            proposals.accept(p.id(), p.currentVersion());
        } catch (ParagraphConflictException e) {
            Notifications.warning(getTranslation("statement.review.proposals.moved-on"));
            refresh();
            return;
        } catch (ConveneException e) {
            Notifications.refused(this, e);
            return;
        }
        Notifications.success(getTranslation("statement.review.proposals.accepted"));
        refresh();
        ComponentUtil.fireEvent(this, new TextChanged(this, p.paragraphId()));
    }

    void decline(ProposalView p) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("statement.review.proposals.decline"));
        var reason = new TextArea(getTranslation("statement.review.proposals.decline-reason"));
        reason.setId("review-proposal-decline-reason");
        Limits.limit(reason, 2000);
        reason.setWidth("min(480px, 85vw)");
        var rule = Rules.one(reason, Rules.rule(this, v -> !v.isBlank(), "statement.review.proposal.reason-required"));
        var confirm = new Button(getTranslation("statement.review.proposals.decline"), e -> {
            if (!rule.validate().isOk()) {
                return;
            }
            try {
                proposals.decline(p.id(), reason.getValue());
            } catch (ConveneException ex) {
                reason.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getArgs()));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("statement.review.proposals.declined"));
            refresh();
        });
        confirm.setId("review-proposal-decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}

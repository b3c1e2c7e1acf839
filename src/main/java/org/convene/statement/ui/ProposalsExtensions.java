package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.statement.ParagraphView;
import org.convene.statement.ProposalService;
import org.convene.statement.StatementLive;
import org.convene.statement.StatementSummary;
import org.convene.statement.TeamRole;

/** Proposals in the editor: a "proposals" tab, and "propose a change" on each paragraph for the team. */
@org.springframework.stereotype.Component
class ProposalsExtensions implements StatementPanel, ParagraphAction {

    static final int TEXT_MAX = 10_000;
    /** As the service's {@code Proposal.REASON_MAX}. */
    static final int REASON_MAX = 2000;

    private final ProposalService proposals;
    private final StatementLive live;
    private final CurrentUser currentUser;

    ProposalsExtensions(ProposalService proposals, StatementLive live, CurrentUser currentUser) {
        this.proposals = proposals;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String id() {
        return "review-proposals-tab";
    }

    @Override
    public String titleKey() {
        return "statement.review.proposals.tab";
    }

    @Override
    public Optional<Component> create(StatementSummary statement) {
        return Optional.of(new ProposalsBox(proposals, live, statement.id(), canDecide(statement)));
    }

    @Override
    public Optional<Component> create(StatementSummary statement, ParagraphView paragraph) {
        // Reviewers propose; editors change the text themselves (organisers may do both).
        if (statement.status().frozen() || !proposes(statement)) {
            return Optional.empty();
        }
        var button = new Button(VaadinIcon.PENCIL.create());
        button.setId("review-propose-" + paragraph.id());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setText(button.getTranslation("statement.review.proposals.propose"));
        button.addClickListener(e -> propose(statement, paragraph));
        return Optional.of(button);
    }

    void propose(StatementSummary statement, ParagraphView paragraph) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("statement.review.proposals.propose"));
        dialog.setWidth("min(720px, 95vw)");
        var text = new TextArea(dialog.getTranslation("statement.review.proposals.text"));
        text.setId("review-propose-text");
        Limits.limit(text, TEXT_MAX);
        text.setWidthFull();
        var reason = new TextArea(dialog.getTranslation("statement.review.proposals.reason"));
        reason.setId("review-propose-reason");
        Limits.limit(reason, REASON_MAX);
        reason.setWidthFull();
        var errors = new FormErrors(dialog).field("text", text).field("reason", reason);
        // Both problems at once (the text unchanged, no reason), on their fields; the service checks again.
        var binder = new Binder<String[]>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(text).withValidator(Rules.text(dialog, TEXT_MAX, false))
                .withValidator(Rules.rule(dialog, v -> !v.strip().equals(paragraph.text().strip()), "statement.review.proposal.unchanged"))
                .bind(d -> d[0], (d, v) -> d[0] = v);
        binder.forField(reason).withValidator(Rules.text(dialog, REASON_MAX, true)).bind(d -> d[1], (d, v) -> d[1] = v);
        binder.readBean(new String[] {paragraph.text(), ""});
        var send = new Button(dialog.getTranslation("statement.review.proposals.send"), e -> {
            errors.clear();
            var typed = new String[2];
            if (!binder.writeBeanIfValid(typed)) {
                binder.validate();
                return;
            }
            try {
                proposals.propose(statement.id(), paragraph.id(), paragraph.version(), typed[0], typed[1]);
            } catch (ConveneException ex) {
                errors.show(ex);
                return;
            }
            dialog.close();
            Notifications.success(dialog.getTranslation("statement.review.proposals.sent"));
        });
        send.setId("review-propose-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text, reason);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private boolean proposes(StatementSummary s) {
        return currentUser.get().map(u -> currentUser.hasRole(Role.ORGANISER)
                || s.roleOf(u.id()).filter(r -> r == TeamRole.REVIEWER).isPresent()).orElse(false);
    }

    private boolean canDecide(StatementSummary s) {
        return currentUser.get().map(u -> currentUser.hasRole(Role.ORGANISER)
                || s.roleOf(u.id()).filter(r -> r == TeamRole.LEAD).isPresent()).orElse(false);
    }
}

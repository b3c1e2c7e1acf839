package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Consumer;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.account.AccountService;
import org.convene.account.AccountChoice;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;
import org.convene.statement.Decision;
import org.convene.statement.PublicationVisibility;
import org.convene.statement.Quorum;
import org.convene.statement.SignOffQueries;
import org.convene.statement.SignOffState;
import org.convene.statement.SignatureService;
import org.convene.statement.StatementLive;
import org.convene.statement.StatementStatus;
import org.convene.statement.WorkflowService;
import org.springframework.data.domain.PageRequest;

/**
 * Status, sign-off and publication of a statement: the workflow buttons for the lead drafter and
 * organisers, the frozen version's hash for everyone, the signatories and their decisions against the
 * quorum, the signed-in signatory's own decision, sign-offs voided by a reopening, and the history.
 */
class SignOffBox extends VerticalLayout {

    private final transient SignOffQueries queries;
    private final transient WorkflowService workflow;
    private final transient SignatureService signatures;
    private final transient AccountService accounts;
    private final long statementId;
    private Component myDecision;
    private String myDecisionKey;

    SignOffBox(SignOffQueries queries, WorkflowService workflow, SignatureService signatures, AccountService accounts,
               StatementLive live, long statementId) {
        this.queries = queries;
        this.workflow = workflow;
        this.signatures = signatures;
        this.accounts = accounts;
        this.statementId = statementId;
        setId("review-signoff");
        setPadding(false);
        addClassName("statement-review-signoff");
        LiveUpdates.follow(this, live, statementId, change -> {
            if (KINDS.contains(change.kind())) {
                refresh();
            }
        });
        refresh();
    }

    /** Changes that alter what this box shows (others, such as comments, leave it alone). */
    static final java.util.Set<String> KINDS = java.util.Set.of("STATUS", "SIGNATURE", "HEADER", "PARAGRAPH_SAVED", "STRUCTURE");

    void refresh() {
        removeAll();
        var s = queries.state(statementId);
        var status = ReviewUi.badge(getTranslation("statement.signoff.status." + s.status().name()), "contrast");
        status.setId("review-status");
        add(status);
        if (s.frozenHash() != null) {
            var hash = new Div(new Span(getTranslation("statement.signoff.frozen-hash")), code(ReviewUi.hash(s.frozenHash())));
            hash.setId("review-frozen-hash");
            hash.addClassName("statement-review-hash");
            add(hash);
        }
        if (s.withdrawnReason() != null) {
            add(new Paragraph(getTranslation("statement.signoff.withdrawn", s.withdrawnReason())));
        }
        if (!s.publishedNumbers().isEmpty()) {
            var link = new RouterLink(getTranslation("statement.signoff.published-page"), PublishedStatementView.class,
                    new RouteParameters(PublishedStatementView.PUBLIC_ID, s.publicId()));
            link.setId("review-published-link");
            add(link);
        }
        if (s.canLead()) {
            add(actions(s));
            if (!s.status().frozen()) {
                add(settings(s));
            }
        }
        add(signatories(s));
        if (s.canSign()) {
            // Kept across refreshes of the same frozen version, so a half-written reservation is not lost.
            var key = s.round() + ":" + s.frozenHash();
            if (myDecision == null || !key.equals(myDecisionKey)) {
                myDecision = myDecision(s);
                myDecisionKey = key;
            }
            add(myDecision);
        } else {
            myDecision = null;
            myDecisionKey = null;
        }
        if (!s.voided().isEmpty()) {
            var voided = new Div(new H4(getTranslation("statement.signoff.voided")));
            voided.setId("review-voided");
            voided.addClassName("statement-review-voided");
            s.voided().forEach(v -> voided.add(new Paragraph(getTranslation("statement.signoff.voided-row", v.name(),
                    getTranslation("statement.signoff.decision." + v.decision().name()), v.round(),
                    ReviewUi.when(v.voidedAt(), getLocale())))));
            add(voided);
        }
        if (!s.history().isEmpty()) {
            var history = new Div(new H4(getTranslation("statement.signoff.history")));
            history.addClassName("statement-review-history");
            s.history().forEach(h -> {
                var line = getTranslation("statement.signoff.history-row", ReviewUi.when(h.at(), getLocale()), h.actor(),
                        getTranslation("statement.signoff.status." + h.from().name()),
                        getTranslation("statement.signoff.status." + h.to().name()));
                if (h.voidedSignatures() > 0) {
                    line += " · " + getTranslation("statement.signoff.history-voided", h.voidedSignatures());
                }
                if (!h.reason().isBlank()) {
                    line += " · " + h.reason();
                }
                history.add(new Paragraph(line));
            });
            add(history);
        }
    }

    private Component actions(SignOffState s) {
        var row = new HorizontalLayout();
        row.setWrap(true);
        row.addClassName("statement-review-actions");
        switch (s.status()) {
            case DRAFT -> {
                row.add(button("review-submit", "statement.signoff.submit", () -> workflow.submitForReview(statementId)));
                row.add(button("review-freeze", "statement.signoff.freeze", () -> workflow.freeze(statementId)));
            }
            case IN_REVIEW -> {
                row.add(button("review-back-to-draft", "statement.signoff.back-to-draft", () -> workflow.backToDraft(statementId)));
                row.add(button("review-freeze", "statement.signoff.freeze", () -> workflow.freeze(statementId)));
            }
            case SIGN_OFF -> {
                row.add(withText("review-reopen", "statement.signoff.reopen", "statement.signoff.reopen-reason", false,
                        reason -> workflow.reopen(statementId, reason)));
                var publish = s.publishedNumbers().isEmpty()
                        ? button("review-publish", "statement.signoff.publish", () -> workflow.publish(statementId, ""))
                        : withText("review-publish", "statement.signoff.publish", "statement.signoff.change-note", true,
                        note -> workflow.publish(statementId, note));
                publish.setEnabled(s.quorumReached());
                row.add(publish);
            }
            case PUBLISHED -> {
                row.add(withText("review-correct", "statement.signoff.correct", "statement.signoff.correct-reason", false,
                        reason -> workflow.startCorrection(statementId, reason)));
                row.add(withText("review-withdraw", "statement.signoff.withdraw", "statement.signoff.withdraw-reason", true,
                        reason -> workflow.withdraw(statementId, reason)));
            }
            case WITHDRAWN -> {
            }
        }
        return row;
    }

    private Component settings(SignOffState s) {
        var quorum = new Select<Quorum>();
        quorum.setId("review-quorum");
        quorum.setLabel(getTranslation("statement.signoff.quorum"));
        quorum.setItems(Quorum.values());
        quorum.setItemLabelGenerator(q -> getTranslation("statement.signoff.quorum." + q.name()));
        quorum.setValue(s.quorum());
        var visibility = new Select<PublicationVisibility>();
        visibility.setId("review-visibility");
        visibility.setLabel(getTranslation("statement.signoff.visibility"));
        visibility.setItems(PublicationVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("statement.signoff.visibility." + v.name()));
        visibility.setValue(s.visibility());
        var save = button("review-settings-save", "action.save", () -> workflow.configure(statementId, quorum.getValue(), visibility.getValue()));
        var row = new HorizontalLayout(quorum, visibility, save);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component signatories(SignOffState s) {
        var box = new Div(new H4(getTranslation("statement.publication.signatories")));
        box.setId("review-signatories");
        var quorum = new Paragraph(getTranslation("statement.signoff.count", s.endorsed(), s.invited(),
                getTranslation("statement.signoff.quorum." + s.quorum().name()))
                + (s.quorumReached() ? " · " + getTranslation("statement.signoff.quorum-reached") : ""));
        quorum.setId("review-quorum-line");
        quorum.addClassName(s.quorumReached() ? "reached" : "pending");
        box.add(quorum);
        for (var r : s.signatories()) {
            var line = new Div();
            line.addClassName("statement-review-signatory");
            var who = new Span(r.name() + (r.organisation().isBlank() ? "" : ", " + r.organisation()));
            line.add(who, ReviewUi.badge(r.decision() == null ? getTranslation("statement.signoff.awaiting")
                    : getTranslation("statement.signoff.decision." + r.decision().name()),
                    r.decision() == null ? "contrast" : r.decision() == Decision.DECLINED ? "error" : "success"));
            if (!r.reservation().isBlank()) {
                var res = new Paragraph(getTranslation("statement.publication.reservation") + " " + r.reservation());
                res.addClassName("reservation");
                line.add(res);
            }
            if (s.canLead() && !s.status().frozen()) {
                var remove = new Button(getTranslation("statement.signoff.remove"), e -> act(() -> signatures.remove(statementId, r.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                line.add(remove);
            }
            box.add(line);
        }
        if (s.canLead() && s.status() != StatementStatus.PUBLISHED && s.status() != StatementStatus.WITHDRAWN) {
            var person = new ComboBox<AccountChoice>(getTranslation("statement.signoff.person"));
            person.setId("review-invite-person");
            person.setItemLabelGenerator(AccountChoice::label);
            person.setItems(q -> accounts.searchExperts(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize())).stream());
            var organisation = new TextField(getTranslation("statement.signoff.organisation"));
            organisation.setId("review-invite-organisation");
            Limits.limit(organisation, 200);
            // Both fields through one binder: every problem at once; the service checks again.
            var binder = new Binder<Object[]>();
            binder.setDefaultValidatorsEnabled(false);
            binder.forField(person).withValidator(Rules.chosen(this)).bind(d -> (AccountChoice) d[0], (d, v) -> d[0] = v);
            binder.forField(organisation).withValidator(Rules.line(this, 200, false))
                    .bind(d -> (String) d[1], (d, v) -> d[1] = v);
            binder.readBean(new Object[] {null, ""});
            var invite = new Button(getTranslation("statement.signoff.invite"), e -> {
                var typed = new Object[2];
                if (!binder.writeBeanIfValid(typed)) {
                    binder.validate();
                    return;
                }
                act(() -> signatures.invite(statementId, ((AccountChoice) typed[0]).id(), (String) typed[1]));
            });
            invite.setId("review-invite");
            var row = new HorizontalLayout(person, organisation, invite);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(row);
        }
        return box;
    }

    private Component myDecision(SignOffState s) {
        var box = new Div(new H4(getTranslation("statement.signoff.your-decision")));
        box.setId("review-my-decision");
        box.addClassName("statement-review-decision");
        box.add(new Paragraph(getTranslation("statement.signoff.decide-on", ReviewUi.hash(s.frozenHash()))));
        var decision = new RadioButtonGroup<Decision>();
        decision.setId("review-decision");
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation("statement.signoff.decide." + d.name()));
        s.me().map(SignOffState.SignatoryRow::decision).ifPresent(decision::setValue);
        var reservation = new TextArea(getTranslation("statement.signoff.reservation"));
        reservation.setId("review-reservation");
        Limits.limit(reservation, 2000);
        reservation.setWidthFull();
        s.me().map(SignOffState.SignatoryRow::reservation).ifPresent(reservation::setValue);
        reservation.setVisible(decision.getValue() == Decision.ENDORSED_WITH_RESERVATION);
        decision.addValueChangeListener(e -> reservation.setVisible(e.getValue() == Decision.ENDORSED_WITH_RESERVATION));
        var send = new Button(getTranslation("statement.signoff.sign"), e -> {
            if (!Notifications.attempt(this, () -> signatures.sign(statementId, decision.getValue(), reservation.getValue()))) {
                return;
            }
            Notifications.success(getTranslation("statement.signoff.signed"));
            refresh();
        });
        send.setId("review-sign");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(decision, reservation, send);
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        var b = new Button(getTranslation(key), e -> act(action));
        b.setId(id);
        return b;
    }

    /** A button opening a dialog that asks for a text (a reason or a note) before acting. */
    private Button withText(String id, String key, String fieldKey, boolean required, Consumer<String> action) {
        var b = new Button(getTranslation(key));
        b.setId(id);
        b.addClickListener(e -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(key));
            var text = new TextArea(getTranslation(fieldKey));
            text.setId(id + "-text");
            Limits.limit(text, 2000);
            text.setRequired(required);
            text.setWidth("min(480px, 85vw)");
            var ok = new Button(getTranslation(key), ev -> {
                try {
                    action.accept(text.getValue());
                } catch (ConveneException ex) {
                    text.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getArgs()));
                    text.setInvalid(true);
                    return;
                }
                dialog.close();
                Notifications.success(getTranslation("statement.signoff.done"));
                refresh();
            });
            ok.setId(id + "-confirm");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(text);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), ok);
            dialog.open();
        });
        return b;
    }

    private void act(Runnable action) {
        if (!Notifications.attempt(this, action)) {
            return;
        }
        Notifications.success(getTranslation("statement.signoff.done"));
        refresh();
    }

    private static Span code(String text) {
        var s = new Span(text);
        s.addClassName("code");
        return s;
    }
}

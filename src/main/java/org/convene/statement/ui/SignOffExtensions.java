package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.statement.ChecklistAnswerService;
import org.convene.statement.ChecklistService;
import org.convene.statement.SignOffQueries;
import org.convene.statement.SignatureService;
import org.convene.statement.StatementLive;
import org.convene.statement.StatementSummary;
import org.convene.statement.TeamRole;
import org.convene.statement.WorkflowService;

/** The checklist and the sign-off tabs of the statement editor (and of the review page). */
final class SignOffExtensions {

    private SignOffExtensions() {
    }

    @org.springframework.stereotype.Component
    static class ChecklistPanel implements StatementPanel {
        private final ChecklistAnswerService answers;
        private final ChecklistService checklists;
        private final StatementLive live;
        private final CurrentUser currentUser;

        ChecklistPanel(ChecklistAnswerService answers, ChecklistService checklists, StatementLive live, CurrentUser currentUser) {
            this.answers = answers;
            this.checklists = checklists;
            this.live = live;
            this.currentUser = currentUser;
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public String id() {
            return "review-checklist-tab";
        }

        @Override
        public String titleKey() {
            return "statement.review.checklist.tab";
        }

        @Override
        public Optional<Component> create(StatementSummary statement) {
            var canAttach = !statement.status().frozen() && currentUser.get().map(u -> currentUser.hasRole(Role.ORGANISER)
                    || statement.roleOf(u.id()).filter(r -> r == TeamRole.LEAD).isPresent()).orElse(false);
            return Optional.of(new ChecklistBox(answers, checklists, live, statement.id(), canAttach));
        }
    }

    @org.springframework.stereotype.Component
    static class SignOffPanel implements StatementPanel {
        private final SignOffQueries queries;
        private final WorkflowService workflow;
        private final SignatureService signatures;
        private final AccountService accounts;
        private final StatementLive live;

        SignOffPanel(SignOffQueries queries, WorkflowService workflow, SignatureService signatures, AccountService accounts,
                     StatementLive live) {
            this.queries = queries;
            this.workflow = workflow;
            this.signatures = signatures;
            this.accounts = accounts;
            this.live = live;
        }

        @Override
        public int order() {
            return 50;
        }

        @Override
        public String id() {
            return "review-signoff-tab";
        }

        @Override
        public String titleKey() {
            return "statement.signoff.tab";
        }

        @Override
        public Optional<Component> create(StatementSummary statement) {
            return Optional.of(new SignOffBox(queries, workflow, signatures, accounts, live, statement.id()));
        }
    }
}

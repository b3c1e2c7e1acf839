package org.convene.statement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.convene.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A statement with its team (from {@link StatementTestBase}) plus what review tests need. */
abstract class ReviewTestBase extends StatementTestBase {

    @Autowired
    CommentService comments;
    @Autowired
    ProposalService proposals;
    @Autowired
    ChecklistService checklists;
    @Autowired
    ChecklistAnswerService checklistAnswers;
    @Autowired
    WorkflowService workflow;
    @Autowired
    SignatureService signatures;
    @Autowired
    SignOffQueries signOff;
    @Autowired
    PublicationService publications;
    @Autowired
    TranslationService translationService;
    @Autowired
    NoticeService notices;
    @Autowired
    RevisionRepository revisions;
    @Autowired
    JdbcTemplate jdbc;

    final List<String> signers = new ArrayList<>();

    /** A statement by the lead with two paragraphs of text; the lead stays signed in. */
    long aWrittenStatement() {
        var id = aStatement();
        var p = firstParagraph(id);
        paragraphService.save(p, 1, "We, professionals working with refugees, met in **Palermo**.");
        structure.addParagraph(paragraphService.body(id).sections().get(0).id(), 2, "We call for access to treatment.");
        return id;
    }

    /** Invites {@code n} new experts as signatories (as the lead); returns their e-mails. */
    List<String> inviteSigners(long statementId, int n) {
        signOut();
        for (int i = 0; i < n; i++) {
            signers.add(aUser("Signer " + i + " " + UUID.randomUUID().toString().substring(0, 4), Role.EXPERT));
        }
        signIn(lead);
        var invited = signers.subList(signers.size() - n, signers.size());
        for (var s : invited) {
            signatures.invite(statementId, idOf(s), "Organisation of " + s.substring(0, 8));
        }
        return List.copyOf(invited);
    }

    /** A checklist of {@code n} items made by the organiser and attached by the lead (who stays signed in). */
    long attachChecklist(long statementId, int n) {
        signIn(organiser);
        var items = new ArrayList<ChecklistForm.Item>();
        for (int i = 1; i <= n; i++) {
            items.add(new ChecklistForm.Item(null, "Question " + i, "Guidance " + i));
        }
        var checklistId = checklists.create(new ChecklistForm("Human-rights self-assessment " + UUID.randomUUID(), "", items));
        signIn(lead);
        checklistAnswers.attach(statementId, checklistId);
        return checklistId;
    }

    void answerAll(long statementId) {
        for (var row : checklistAnswers.checklist(statementId).orElseThrow().rows()) {
            checklistAnswers.answer(statementId, row.item().id(), CheckAnswer.YES, "");
        }
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** Waits for an asynchronous effect (an event listener after commit), failing after the deadline. */
    static void eventually(BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition::getAsBoolean);
    }
}

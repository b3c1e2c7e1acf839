package org.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.function.Supplier;
import org.convene.IntegrationTest;
import org.convene.account.AccountService;
import org.convene.base.security.SystemAuthentication;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.convene.statement.ChecklistAnswerService;
import org.convene.statement.CommentService;
import org.convene.statement.CommentThread;
import org.convene.statement.ProposalService;
import org.convene.statement.ProposalStatus;
import org.convene.statement.PublicFilter;
import org.convene.statement.PublicationService;
import org.convene.statement.PublicationVisibility;
import org.convene.statement.PublishedStatement;
import org.convene.statement.SignOffQueries;
import org.convene.statement.StatementService;
import org.convene.statement.StatementStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;

/**
 * Issue 9, demo data: the SNP statement from the Palermo seminar published with nine signatories (one
 * reservation), in English with a French translation; a draft of the Expert Group on Drug Policies and
 * Human Rights in review, with comments, an open proposal and a half-answered checklist. The demo's
 * people and seminars load first (once per database: the addresses are fixed), then the statements.
 */
class StatementDemoDataTest extends IntegrationTest {

    @Autowired
    AccountService accountService;
    @Autowired
    NetworkService network;
    @Autowired
    SeminarService seminars;
    @Autowired
    Clock clock;
    @Autowired
    StatementDemoData statementDemo;
    @Autowired
    PublicationService publications;
    @Autowired
    StatementService statements;
    @Autowired
    SignOffQueries signOff;
    @Autowired
    CommentService comments;
    @Autowired
    ProposalService proposals;
    @Autowired
    ChecklistAnswerService answers;

    @Test
    void the_demo_holds_the_published_snp_statement_and_the_human_rights_draft_in_review() {
        new DemoData(accountService, network, "true", "").run(new DefaultApplicationArguments());
        new SeminarDemoData(seminars, accountService, clock, "true", "").run(new DefaultApplicationArguments());
        if (!accountService.exists("karim.benali@convene.demo")) {
            statementDemo.load();
        }

        // The SNP statement, as a visitor (nobody signed in) reads it.
        signOut();
        var palermo = SystemAuthentication.call(() -> seminars.search(new SeminarFilter(SeminarDemoData.PALERMO, null, null,
                null, null, null, null, null, true), PageRequest.of(0, 1)).getContent().getFirst().id());
        var listed = publications.page(new PublicFilter(null, palermo, null, null), PageRequest.of(0, 20)).getContent();
        var english = listed.stream().filter(s -> s.title().equals(StatementDemoData.SNP_TITLE)).findFirst().orElseThrow();
        assertThat(english.language()).isEqualTo("en");
        var published = publications.read(english.publicId(), null);
        assertThat(published.visibility()).isEqualTo(PublicationVisibility.PUBLIC);
        assertThat(published.context()).contains("Support Network of Professionals").contains("capacity-building seminar");
        assertThat(published.contentHash()).hasSize(64);
        assertThat(published.signers()).hasSize(9);
        assertThat(published.signers()).filteredOn(s -> s.reservation() != null && !s.reservation().isBlank())
                .singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Jonas Becker"));
        assertThat(published.signers()).extracting(PublishedStatement.Signer::organisation).doesNotContainNull();
        assertThat(published.sections()).extracting(PublishedStatement.Section::heading)
                .containsExactly("Preamble", "Recommendations", "Commitments");
        assertThat(published.translations()).singleElement().satisfies(t -> assertThat(t.language()).isEqualTo("fr"));

        var french = publications.read(published.translations().getFirst().publicId(), null);
        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.title()).startsWith("Déclaration du Réseau de soutien des professionnels");
        assertThat(french.sections()).extracting(PublishedStatement.Section::heading)
                .containsExactly("Préambule", "Recommandations", "Engagements");
        assertThat(String.join(" ", french.sections().getFirst().paragraphsHtml())).contains("Palerme");
        assertThat(french.source()).isNotNull().satisfies(s -> assertThat(s.publicId()).isEqualTo(english.publicId()));

        // The Expert Group's opinion, as its lead drafter sees it.
        as("lucas.martin@convene.demo", () -> {
            var draft = statements.mine("compulsory drug treatment", PageRequest.of(0, 5)).getContent().stream()
                    .filter(s -> s.groupName().equals("Expert Group on Drug Policies and Human Rights"))
                    .findFirst().orElseThrow();
            assertThat(draft.status()).isEqualTo(StatementStatus.IN_REVIEW);
            var threads = comments.allThreads(draft.id());
            assertThat(threads).hasSizeGreaterThanOrEqualTo(2);
            assertThat(threads).anyMatch(t -> !t.resolved()).anyMatch(CommentThread::resolved);
            assertThat(threads).anyMatch(t -> !t.replies().isEmpty());
            assertThat(proposals.list(draft.id())).singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo(ProposalStatus.OPEN));
            var checklist = answers.checklist(draft.id()).orElseThrow();
            assertThat(checklist.checklist().title()).isEqualTo(StatementDemoData.CHECKLIST);
            assertThat(checklist.rows()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(checklist.unanswered()).as("half answered").isEqualTo(checklist.rows().size() / 2);
            assertThat(signOff.state(draft.id()).invited()).isPositive();
            return null;
        });
    }

    private <T> T as(String email, Supplier<T> work) {
        signIn(email);
        try {
            return work.get();
        } finally {
            signOut();
        }
    }
}

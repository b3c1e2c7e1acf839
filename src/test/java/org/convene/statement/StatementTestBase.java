package org.convene.statement;

import java.util.Set;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.springframework.beans.factory.annotation.Autowired;

/** A statement team (lead, co-author, reviewer, stranger) and its statement, made fresh per test. */
abstract class StatementTestBase extends IntegrationTest {

    @Autowired
    NetworkService network;
    @Autowired
    StatementService statementService;
    @Autowired
    ParagraphService paragraphService;
    @Autowired
    StructureService structure;

    String organiser;
    String lead;
    String coAuthor;
    String reviewer;
    String stranger;
    long groupId;

    /** Makes the people and a group of which lead, co-author and reviewer are members. */
    void aTeam() {
        organiser = aUser("Statement Organiser", Role.ORGANISER);
        lead = aUser("Amina Lead", Role.EXPERT);
        coAuthor = aUser("Jonas Coauthor", Role.EXPERT);
        reviewer = aUser("Sofia Reviewer", Role.EXPERT);
        stranger = aUser("Olena Stranger", Role.EXPERT);
        signIn(organiser);
        groupId = network.create(new GroupForm("SNP " + UUID.randomUUID(), GroupKind.NETWORK, "", idOf(lead)));
        network.addMember(groupId, idOf(coAuthor));
        network.addMember(groupId, idOf(reviewer));
        signOut();
    }

    StatementForm aForm(String title) {
        return new StatementForm(title, null, groupId, "en", idOf(lead), Set.of(idOf(coAuthor)), Set.of(idOf(reviewer)));
    }

    /** A statement created by the lead; the lead stays signed in. */
    long aStatement() {
        aTeam();
        signIn(lead);
        return statementService.create(aForm("Palermo statement " + UUID.randomUUID()));
    }

    long firstParagraph(long statementId) {
        return paragraphService.body(statementId).paragraphs().findFirst().orElseThrow().id();
    }
}

package org.convene.document;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.agenda.AgendaFixtures;
import org.convene.agenda.AgendaService;
import org.convene.agenda.PersonForm;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.convene.registration.RegistrationFixtures;
import org.convene.registration.RegistrationService;
import org.convene.seminar.SeminarService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Everybody the document rules distinguish, on their own data: an organiser, a published seminar
 * of capacity 1 with a confirmed and a waitlisted participant and a speaker, an expert group with
 * a coordinator and a member, and an expert of another group.
 */
public abstract class DocumentWorld extends IntegrationTest {

    /** The smallest PDF Tika recognises by its bytes. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    protected DocumentService documents;
    @Autowired
    protected DocumentFileService files;
    @Autowired
    protected SeminarService seminars;
    @Autowired
    protected RegistrationService registrations;
    @Autowired
    protected NetworkService network;
    @Autowired
    protected AgendaService agenda;

    @Autowired
    protected RoomsAndPeopleService roomsAndPeople;

    protected String organiser;
    protected String confirmed;
    protected String waitlisted;
    protected String speaker;
    protected String coordinator;
    protected String member;
    protected String otherExpert;
    protected long seminarId;
    protected long groupId;

    protected void buildWorld() {
        organiser = aUser("Doc Organiser", Role.ORGANISER);
        confirmed = aUser("Confirmed Participant");
        waitlisted = aUser("Waitlisted Participant");
        speaker = aUser("Seminar Speaker");
        coordinator = aUser("Group Coordinator", Role.EXPERT);
        member = aUser("Group Member", Role.EXPERT);
        otherExpert = aUser("Other Expert", Role.EXPERT);
        signIn(organiser);
        var form = aSeminarForm("Documents seminar " + UUID.randomUUID(), 30, 1);
        seminarId = seminars.create(form);
        seminars.publish(seminarId);
        var personId = roomsAndPeople.savePerson(seminarId, null, new PersonForm("Speaker " + UUID.randomUUID(), "", "", idOf(speaker)));
        agenda.saveItem(seminarId, null, AgendaFixtures.anItem("Talk", form.startsAt().plusHours(1), 60, null,
                java.util.List.of(personId)), true);
        groupId = network.create(new GroupForm("Doc group " + UUID.randomUUID(), GroupKind.EXPERT_GROUP, "", idOf(coordinator)));
        network.addMember(groupId, idOf(member));
        network.create(new GroupForm("Other group " + UUID.randomUUID(), GroupKind.EXPERT_GROUP, "", idOf(otherExpert)));
        signIn(confirmed);
        registrations.register(seminarId, RegistrationFixtures.aRegistrationForm());
        signIn(waitlisted);
        registrations.register(seminarId, RegistrationFixtures.aRegistrationForm());
        signOut();
    }

    protected long folder(LibraryInfo library, String name) {
        return documents.folders(library.id()).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().id();
    }

    protected long uploadPdf(long folderId, String title, DocumentVisibility visibility) throws IOException {
        return files.upload(folderId, title + ".pdf", new ByteArrayInputStream(PDF), new ItemDetails(title, "", "en", visibility));
    }
}

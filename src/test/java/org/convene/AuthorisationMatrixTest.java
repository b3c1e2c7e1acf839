package org.convene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.account.Role;
import org.convene.account.ui.LoginView;
import org.convene.agenda.AgendaFixtures;
import org.convene.agenda.AgendaService;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.convene.document.DocumentVisibility;
import org.convene.document.ItemDetails;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.convene.registration.RegistrationFixtures;
import org.convene.registration.RegistrationService;
import org.convene.seminar.SeminarFixtures;
import org.convene.seminar.SeminarService;
import org.convene.statement.Decision;
import org.convene.statement.ParagraphService;
import org.convene.statement.PublicationVisibility;
import org.convene.statement.Quorum;
import org.convene.statement.SignatureService;
import org.convene.statement.StatementForm;
import org.convene.statement.StatementService;
import org.convene.statement.WorkflowService;
import org.convene.account.CalendarTokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every door of Convene (each Vaadin route from the route registry, each HTTP endpoint from the
 * handler mappings) tried by every kind of person, with ids that belong to someone else: the
 * outcome must be the one {@link #MATRIX} says. A route or an endpoint that the matrix does not
 * name fails the test, so a new door cannot open without a decision about who may pass it.
 *
 * <p>People: {@code anon} (not signed in), {@code part} (a participant of nothing here),
 * {@code expert} (an expert in no group), {@code other} (coordinator of another group),
 * {@code owner} (confirmed participant of the seminar, coordinator of the group, lead of the
 * statements, signatory of the published one), {@code org} (an organiser). Outcomes for views:
 * {@code ok} (the view), {@code login} (the sign-in page), {@code 403} (the app's "not allowed"
 * page), {@code 404} (the app's or the view's own "not found"); for endpoints the HTTP status, and
 * {@code login} for a redirect to the sign-in page. Libraries open for everybody (visitors see the
 * public items only): what may not be seen is refused item by item, as the HTTP lines show.
 */
class AuthorisationMatrixTest extends KaribuTest {

    @Autowired
    CalendarTokenService calendarTokens;

    static final List<String> PEOPLE = List.of("anon", "part", "expert", "other", "owner", "org");

    /** door | concrete address (ids of the world below) | anon part expert other owner org */
    static final String MATRIX = """
            VIEW                                     | path                                             | anon  part  expert other owner org
            (empty)                                  |                                                  | ok    ok    ok    ok    ok    ok
            login                                    | login                                            | ok    ok    ok    ok    ok    ok
            signup                                   | signup                                           | ok    ok    ok    ok    ok    ok
            forgot-password                          | forgot-password                                  | ok    ok    ok    ok    ok    ok
            reset-password/:parameter?               | reset-password/nothing                           | ok    ok    ok    ok    ok    ok
            verify-email/:parameter?                 | verify-email/nothing                             | ok    ok    ok    ok    ok    ok
            seminars                                 | seminars                                         | ok    ok    ok    ok    ok    ok
            seminars/:publicId                       | seminars/{seminarPublic}                         | ok    ok    ok    ok    ok    ok
            seminars/:publicId                       | seminars/{draftPublic}                           | 404   404   404   404   404   ok
            seminars/:publicId/agenda                | seminars/{seminarPublic}/agenda                  | ok    ok    ok    ok    ok    ok
            seminars/:publicId/register              | seminars/{seminarPublic}/register                | ok    ok    ok    ok    ok    ok
            invitations/:token                       | invitations/not-a-real-token                     | ok    ok    ok    ok    ok    ok
            statements                               | statements                                       | ok    ok    ok    ok    ok    ok
            statements/published/:publicId/:number?  | statements/published/{publishedPublic}           | 404   404   404   404   ok    ok
            statements/published/:publicId/:number?  | statements/published/{draftStatementPublic}      | 404   404   404   404   404   404
            my/seminars                              | my/seminars                                      | login ok    ok    ok    ok    ok
            my/data                                  | my/data                                          | login ok    ok    ok    ok    ok
            profile                                  | profile                                          | login ok    ok    ok    ok    ok
            groups                                   | groups                                           | login 403   ok    ok    ok    ok
            documents/:owner/:id                     | documents/seminar/{seminar}                      | ok    ok    ok    ok    ok    ok
            documents/:owner/:id                     | documents/group/{group}                          | ok    ok    ok    ok    ok    ok
            statements/drafts                        | statements/drafts                                | login 403   ok    ok    ok    ok
            statements/drafts/:publicId              | statements/drafts/{draftStatementPublic}         | login 404   404   404   ok    ok
            statements/review/:id                    | statements/review/{draftStatement}               | login 404   404   404   ok    ok
            statements/translation/:id               | statements/translation/{draftStatement}          | login 404   404   404   404   404
            statements/notices                       | statements/notices                               | login 403   ok    ok    ok    ok
            statements/checklists                    | statements/checklists                            | login 403   403   403   403   ok
            organiser/seminars                       | organiser/seminars                               | login 403   403   403   403   ok
            organiser/seminars/new                   | organiser/seminars/new                           | login 403   403   403   403   ok
            organiser/seminars/:id/edit              | organiser/seminars/{seminar}/edit                | login 403   403   403   403   ok
            organiser/seminars/:id/agenda            | organiser/seminars/{seminar}/agenda              | login 403   403   403   403   ok
            organiser/seminars/:id/participants      | organiser/seminars/{seminar}/participants        | login 403   403   403   403   ok
            organiser/seminars/:id/check-in          | organiser/seminars/{seminar}/check-in            | login 403   403   403   403   ok
            organiser/seminars/:id/questions         | organiser/seminars/{seminar}/questions           | login 403   403   403   403   ok
            organiser/seminars/:id/invitations       | organiser/seminars/{seminar}/invitations         | login 403   403   403   403   ok
            organiser/statistics/:seminarId?         | organiser/statistics/{seminar}                   | login 403   403   403   403   ok
            admin/users                              | admin/users                                      | login 403   403   403   403   ok
            admin/outbox                             | admin/outbox                                     | login 403   403   403   403   ok
            privacy                                  | privacy                                          | ok    ok    ok    ok    ok    ok
            certificates/verify/:code?               | certificates/verify/nothing                      | ok    ok    ok    ok    ok    ok
            organiser/seminars/:seminarId/certificates | organiser/seminars/{seminar}/certificates        | login 403   403   403   403   ok
            HTTP                                     | path                                             | anon  part  expert other owner org
            GET /api/seminars/{id}/participants.csv  | /api/seminars/{seminar}/participants.csv         | login 403   403   403   403   200
            GET /api/seminars/{id}/statistics.csv    | /api/seminars/{seminar}/statistics.csv           | login 403   403   403   403   200
            GET /api/statistics.csv                  | /api/statistics.csv?from=2026-01-01&to=2030-12-31 | login 403   403   403   403   200
            GET /api/me/data.json                    | /api/me/data.json                                | login 200   200   200   200   200
            GET /api/public/seminars/{publicId}/agenda.pdf | /api/public/seminars/{seminarPublic}/agenda.pdf | 200 200   200   200   200   200
            GET /api/public/seminars/{publicId}/agenda.pdf | /api/public/seminars/{draftPublic}/agenda.pdf | 404 404   404   404   404   404
            GET /calendar/seminars/{publicId}/agenda.ics | /calendar/seminars/{seminarPublic}/agenda.ics    | 200   200   200   200   200   200
            GET /calendar/seminars/{file}            | /calendar/seminars/{seminarPublic}.ics           | 200   200   200   200   200   200
            GET /calendar/seminars/{file}            | /calendar/seminars/{draftPublic}.ics             | 404   404   404   404   404   404
            GET /calendar/feeds/public.ics           | /calendar/feeds/public.ics                       | 200   200   200   200   200   200
            GET /calendar/feeds/personal/{file}      | /calendar/feeds/personal/{ownerFeed}.ics         | 200   200   200   200   200   200
            GET /calendar/feeds/personal/{file}      | /calendar/feeds/personal/not-a-token.ics         | 404   404   404   404   404   404
            GET /api/public/documents/items/{itemId} | /api/public/documents/items/{participantsItem}   | 404   404   404   404   200   200
            GET /api/public/documents/items/{itemId} | /api/public/documents/items/{groupItem}          | 404   404   404   404   200   200
            GET /api/public/documents/folders/{folderId}/zip | /api/public/documents/folders/{groupFolder}/zip | 404 404 404  404   200   200
            POST /api/documents/folders/{folderId}/files | /api/documents/folders/{groupFolder}/files?name=x.pdf | login 404 404 404 201   201
            POST /api/documents/items/{itemId}/versions | /api/documents/items/{groupItem}/versions?name=x.pdf | login 404 404 404 201    201
            GET /api/public/statements/{publicId}/{number}.{ext} | /api/public/statements/{publishedPublic}/1.pdf | 404 404 404 404 200 200
            GET /api/my/seminars/{publicId}/invitation.ics | /api/my/seminars/{seminarPublic}/invitation.ics  | login 404   404   404   200   404
            GET /api/my/seminars/{publicId}/certificate.pdf | /api/my/seminars/{seminarPublic}/certificate.pdf | login 404   404   404   404   404
            GET /api/seminars/{publicId}/participant-list.pdf | /api/seminars/{seminarPublic}/participant-list.pdf | login 404   404   404   200   200
            GET /api/seminars/{seminarId}/certificates.zip | /api/seminars/{seminar}/certificates.zip         | login 403   403   403   403   409
            """;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;
    @Autowired
    SeminarService seminars;
    @Autowired
    AgendaService agenda;
    @Autowired
    org.convene.agenda.AgendaPublishingService publishing;
    @Autowired
    RegistrationService registrations;
    @Autowired
    NetworkService network;
    @Autowired
    DocumentService documents;
    @Autowired
    DocumentFileService files;
    @Autowired
    StatementService statements;
    @Autowired
    ParagraphService paragraphs;
    @Autowired
    WorkflowService workflow;
    @Autowired
    SignatureService signatures;

    private final Map<String, String> people = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();

    record Row(boolean view, String door, String path, List<String> expected) {
    }

    static List<Row> rows() {
        var rows = new ArrayList<Row>();
        var view = true;
        for (var line : MATRIX.strip().split("\n")) {
            var cells = line.split("\\s\\|\\s");
            var door = cells[0].strip();
            if (door.equals("VIEW") || door.equals("HTTP")) {
                view = door.equals("VIEW");
                continue;
            }
            var expected = List.of(cells[2].strip().split("\\s+"));
            assertThat(expected).as(line).hasSize(PEOPLE.size());
            rows.add(new Row(view, door.equals("(empty)") ? "" : door, cells[1].strip(), expected));
        }
        return rows;
    }

    @Test
    void every_route_and_every_endpoint_has_a_line_in_the_matrix() {
        var doors = rows().stream().map(Row::door).collect(Collectors.toSet());
        var routes = new TreeSet<String>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(r -> {
            routes.add(r.getTemplate());
            r.getRouteAliases().forEach(a -> routes.add(a.getTemplate()));
        });
        var endpoints = new TreeSet<String>();
        handlerMappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.convene")) {
                var methods = info.getMethodsCondition().getMethods();
                for (var pattern : info.getPatternValues()) {
                    for (var m : methods.isEmpty() ? Set.of("ANY") : methods.stream().map(Enum::name).collect(Collectors.toSet())) {
                        endpoints.add(m + " " + pattern);
                    }
                }
            }
        });
        var missing = new TreeSet<String>();
        routes.stream().map(AuthorisationMatrixTest::plainTemplate).filter(t -> !doors.contains(t)).forEach(missing::add);
        endpoints.stream().filter(e -> !doors.contains(e)).forEach(missing::add);
        assertThat(missing).as("routes and endpoints without a line in the authorisation matrix").isEmpty();
        assertThat(routes).hasSizeGreaterThan(30);
        assertThat(endpoints).hasSizeGreaterThan(10);
    }

    /** A route template without its parameters' regular expressions: {@code organiser/seminars/:id/edit}. */
    static String plainTemplate(String template) {
        return template.replaceAll("(:[A-Za-z]+\\??)\\([^/]*\\)", "$1").replace(":___url_parameter?", ":parameter?");
    }

    @Test
    void every_person_meets_the_outcome_the_matrix_says_at_every_door() throws Exception {
        buildWorld();
        var wrong = new ArrayList<String>();
        var actual = new StringBuilder();
        for (var row : rows()) {
            var path = fill(row.path());
            var got = new ArrayList<String>();
            for (int i = 0; i < PEOPLE.size(); i++) {
                var who = PEOPLE.get(i);
                var outcome = row.view() ? viewOutcome(who, path) : httpOutcome(mvc, who, row.door(), path);
                got.add(outcome);
                if (!outcome.equals(row.expected().get(i))) {
                    wrong.add(who + " at " + (row.view() ? "view " : "") + row.path() + " (" + path + "): expected "
                            + row.expected().get(i) + ", got " + outcome);
                }
            }
            actual.append(String.format("%-40s | %-48s | %s%n", row.door(), row.path(),
                    got.stream().map(g -> String.format("%-5s", g)).collect(Collectors.joining(" "))));
        }
        assertThat(wrong).as("doors that open (or close) unexpectedly; what every door gave:\n" + actual).isEmpty();
    }

    private String viewOutcome(String who, String path) {
        if (who.equals("anon")) {
            signOut();
        } else {
            signIn(people.get(who));
        }
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException e) {
            return "error:" + e.getClass().getSimpleName();
        }
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        var target = chain.isEmpty() ? null : chain.getFirst();
        if (target instanceof LoginView && !path.startsWith("login")) {
            return "login";
        }
        if (has("access-denied-page")) {
            return "403";
        }
        if (has("not-found-page") || visibleIdEndingWith("not-found")) {
            return "404";
        }
        return "ok";
    }

    private static boolean has(String id) {
        return !com.github.mvysny.kaributesting.v10.LocatorJ._find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static boolean visibleIdEndingWith(String suffix) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(Component.class, spec -> { })
                .stream().anyMatch(c -> c.getId().map(id -> id.endsWith(suffix)).orElse(false) && shown(c));
    }

    private static boolean shown(Component c) {
        for (var at = java.util.Optional.of(c); at.isPresent(); at = at.get().getParent()) {
            if (!at.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String httpOutcome(MockMvcTester mvc, String who, String door, String path) throws Exception {
        signOut();
        var method = HttpMethod.valueOf(door.substring(0, door.indexOf(' ')));
        var request = MockMvcRequestBuilders.request(method, path);
        if (method == HttpMethod.POST) {
            request.with(csrf()).contentType("application/pdf")
                    .content(org.convene.document.DocumentWorld.PDF);
        }
        if (!who.equals("anon")) {
            var details = userDetailsService.loadUserByUsername(people.get(who));
            request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        }
        var response = mvc.perform(request).getResponse();
        var location = response.getHeader("Location");
        if ((response.getStatus() == 302 || response.getStatus() == 401) && (location == null || location.contains("login"))) {
            return "login";
        }
        return String.valueOf(response.getStatus());
    }

    private String fill(String path) {
        var out = path;
        for (var e : ids.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertThat(out).as("every placeholder of " + path + " is known").doesNotContain("{");
        return out;
    }

    /** Everybody the matrix names and their things, made fresh for this run. */
    private void buildWorld() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        people.put("part", aUser("Matrix Participant"));
        people.put("expert", aUser("Matrix Expert", Role.EXPERT, Role.PARTICIPANT));
        people.put("other", aUser("Matrix Other", Role.EXPERT, Role.PARTICIPANT));
        people.put("owner", aUser("Matrix Owner", Role.EXPERT, Role.PARTICIPANT));
        people.put("org", aUser("Matrix Organiser", Role.ORGANISER, Role.PARTICIPANT));
        var owner = idOf(people.get("owner"));

        signIn(people.get("org"));
        var form = SeminarFixtures.aSeminarForm("Matrix seminar " + run, 30, 10);
        var seminarId = seminars.create(form);
        seminars.publish(seminarId);
        agenda.saveItem(seminarId, null, AgendaFixtures.anItem("Opening", form.startsAt().plusHours(1), 60, null), true);
        publishing.publish(seminarId);
        var draftId = seminars.create(SeminarFixtures.aSeminarForm("Matrix draft " + run, 40, 10));
        var groupId = network.create(new GroupForm("Matrix group " + run, GroupKind.EXPERT_GROUP, "", owner));
        network.create(new GroupForm("Matrix other group " + run, GroupKind.EXPERT_GROUP, "", idOf(people.get("other"))));
        var seminarLibrary = documents.seminarLibrary(seminarId);
        var seminarFolder = documents.folders(seminarLibrary.id()).getFirst().id();
        var participantsItem = files.upload(seminarFolder, "participants.pdf", new ByteArrayInputStream(org.convene.document.DocumentWorld.PDF),
                new ItemDetails("For participants", "", "en", DocumentVisibility.PARTICIPANTS));
        var groupLibrary = documents.groupLibrary(groupId);
        var groupFolder = documents.folders(groupLibrary.id()).getFirst().id();
        var groupItem = files.upload(groupFolder, "group.pdf", new ByteArrayInputStream(org.convene.document.DocumentWorld.PDF),
                new ItemDetails("For the group", "", "en", DocumentVisibility.PARTICIPANTS));

        signIn(people.get("owner"));
        registrations.register(seminarId, RegistrationFixtures.aRegistrationForm());
        var feed = calendarTokens.regenerate();
        var draftStatement = statements.create(new StatementForm("Matrix draft statement " + run, null, groupId, "en", owner, Set.of(), Set.of()));
        var published = statements.create(new StatementForm("Matrix statement " + run, null, groupId, "en", owner, Set.of(), Set.of()));
        var paragraph = paragraphs.body(published).paragraphs().findFirst().orElseThrow().id();
        paragraphs.save(paragraph, 1, "We met in Palermo.");
        signatures.invite(published, owner, "Matrix NGO");
        workflow.configure(published, Quorum.ALL, PublicationVisibility.GROUP);
        workflow.submitForReview(published);
        workflow.freeze(published);
        signatures.sign(published, Decision.ENDORSED, "");
        workflow.publish(published, "");

        signIn(people.get("org"));
        var seminar = seminars.get(seminarId);
        ids.put("seminar", String.valueOf(seminarId));
        ids.put("seminarPublic", seminar.publicId());
        ids.put("draftPublic", seminars.get(draftId).publicId());
        ids.put("group", String.valueOf(groupId));
        ids.put("participantsItem", String.valueOf(participantsItem));
        ids.put("groupItem", String.valueOf(groupItem));
        ids.put("groupFolder", String.valueOf(groupFolder));
        ids.put("ownerFeed", feed);
        ids.put("draftStatement", String.valueOf(draftStatement));
        ids.put("draftStatementPublic", statements.summary(draftStatement).publicId());
        ids.put("publishedPublic", statements.summary(published).publicId());
        signOut();
    }
}

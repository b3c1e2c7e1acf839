package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

class RegistrationExportTest extends IntegrationTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    SeminarService seminars;
    @Autowired
    ParticipantExport export;
    @Autowired
    QuestionService questions;
    @Autowired
    MockMvcTester mvc;

    String organiser;

    @BeforeEach
    void setUp() {
        organiser = aUser("Export Organiser", Role.ORGANISER);
    }

    @Test
    void the_csv_has_a_bom_rfc4180_quoting_and_defused_formulas() throws Exception {
        var seminar = seminar();
        var quoted = uniqueEmail("quote");
        org.convene.base.security.SystemAuthentication.run(() -> accounts.createAccount(
                new org.convene.account.SignUpForm("Quote \"The\" Person", quoted, PASSWORD), Locale.ENGLISH,
                java.util.EnumSet.of(Role.PARTICIPANT)));
        signIn(quoted);
        registrations.register(seminar, new RegistrationForm("=HYPERLINK(\"http://evil\")", "FR", Sector.RESEARCH,
                Gender.NON_BINARY, "Wheelchair, step-free access\nand a ramp", "-vegan", "de", true, true));
        signIn(aUser("Plain Person"));
        registrations.register(seminar, new RegistrationForm("@SUM(A1)", "DE", Sector.HEALTH, null, "", "+1", "", false, true));

        signIn(organiser);
        var bytes = export.participantsCsv(seminar, Locale.ENGLISH);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        var records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get(0)).isEqualTo("Name");
        var plain = records.get(1);
        assertThat(plain.get(2)).isEqualTo("'@SUM(A1)");
        assertThat(plain.get(9)).isEqualTo("'+1");
        var quotedRow = records.get(2);
        assertThat(quotedRow.get(0)).isEqualTo("Quote \"The\" Person");
        assertThat(quotedRow.get(2)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(quotedRow.get(3)).isEqualTo("FR");
        assertThat(quotedRow.get(5)).isEqualTo("NON_BINARY");
        assertThat(quotedRow.get(8)).isEqualTo("Wheelchair, step-free access\nand a ramp");
        assertThat(quotedRow.get(9)).isEqualTo("'-vegan");
        assertThat(text).contains("\"Quote \"\"The\"\" Person\"");
    }

    @Test
    void the_csv_has_one_column_per_question_with_the_answers_defused_and_quoted() {
        var seminar = seminar();
        var role = questions.add(seminar, new QuestionForm(QuestionKind.SHORT_TEXT, "=Role", false, java.util.List.of()));
        var topics = questions.add(seminar, new QuestionForm(QuestionKind.MULTIPLE_CHOICE, "Topics", false,
                java.util.List.of("Cannabis", "Opioids, synthetic")));
        var person = aUser("Answering Exporter");
        signIn(person);
        registrations.register(seminar, RegistrationFixtures.aRegistrationForm(), java.util.Map.of(
                role, java.util.List.of("-Nurse"), topics, java.util.List.of("Cannabis", "Opioids, synthetic")));

        signIn(organiser);
        var bytes = export.participantsCsv(seminar, Locale.ENGLISH);
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        var records = parse(text);
        var header = records.get(0);
        assertThat(header.size()).isEqualTo(ParticipantExport.COLUMNS.size() + 2);
        assertThat(header.get(ParticipantExport.COLUMNS.size())).isEqualTo("'=Role");
        assertThat(header.get(ParticipantExport.COLUMNS.size() + 1)).isEqualTo("Topics");
        var row = records.get(1);
        assertThat(row.get(ParticipantExport.COLUMNS.size())).isEqualTo("'-Nurse");
        assertThat(row.get(ParticipantExport.COLUMNS.size() + 1)).isEqualTo("Cannabis; Opioids, synthetic");
        assertThat(text).contains("\"Cannabis; Opioids, synthetic\"");
    }

    private static java.util.List<org.apache.commons.csv.CSVRecord> parse(String text) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void only_organisers_download_the_participant_list() throws Exception {
        var seminar = seminar();
        var participant = aUser("Download Participant");
        signIn(participant);
        registrations.register(seminar, RegistrationFixtures.aRegistrationForm());

        var url = "/api/seminars/" + seminar + "/participants.csv";
        assertThat(mvc.perform(get(url).with(authentication(auth(organiser)))))
                .hasStatusOk()
                .matches(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .matches(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"participants-")));
        assertThat(mvc.perform(get(url).with(authentication(auth(participant))))).hasStatus(HttpStatus.FORBIDDEN);
        var anonymous = mvc.perform(get(url)).getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401, 403);
        assertThat(anonymous.getContentAsString()).doesNotContain("Download Participant");
        assertThat(mvc.perform(get("/api/seminars/" + Long.MAX_VALUE + "/participants.csv").with(authentication(auth(organiser)))))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_statistics_csv_suppresses_small_counts() throws Exception {
        var seminar = seminar();
        for (var i = 0; i < 6; i++) {
            signIn(aUser("Italian " + i));
            registrations.register(seminar, RegistrationFixtures.aRegistrationForm("IT", Sector.HEALTH, Gender.WOMAN));
        }
        signIn(aUser("Lone Maltese"));
        registrations.register(seminar, RegistrationFixtures.aRegistrationForm("MT", Sector.RESEARCH, Gender.MAN));

        var result = mvc.perform(get("/api/seminars/" + seminar + "/statistics.csv").with(authentication(auth(organiser))));
        assertThat(result).hasStatusOk();
        var body = result.getResponse().getContentAsByteArray();
        var text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("country,IT,Italy,6,0").contains("country,MT,Malta,<5,0")
                .contains("gender,MAN,Man,<5,0").contains("total,,All registrations,7,0");
        assertThat(mvc.perform(get("/api/statistics.csv?from=2030-01-01&to=2020-01-01").with(authentication(auth(organiser)))))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    private long seminar() {
        signIn(organiser);
        var id = seminars.create(aSeminarForm("Export " + UUID.randomUUID(), 30, 50));
        seminars.publish(id);
        return id;
    }

    private Authentication auth(String email) {
        var details = userDetailsService.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}

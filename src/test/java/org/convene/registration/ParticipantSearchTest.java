package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.db.SearchWords;
import org.convene.seminar.SeminarService;
import org.convene.account.AccountDeletionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12: the participant search finds word beginnings of name, e-mail and organisation inside one
 * seminar through {@code registration_word} (V175), whose words the database keeps in step with every write.
 */
class ParticipantSearchTest extends IntegrationTest {

    @Autowired
    AccountDeletionService accountDeletion;

    @Autowired
    OrganiserRegistrationService registrations;
    @Autowired
    RegistrationService participants;
    @Autowired
    RegistrationRepository repository;
    @Autowired
    SeminarService seminars;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    static final String[][] PEOPLE = {
            {"Marie Dupont", "marie.dupont@example.org", "Ministère de la Santé"},
            {"Martine Dupont", "m.dupont-lyon@univ-lyon.fr", "Université de Lyon"},
            {"Li Wu", "li.wu@example.cn", "Beijing Health Office"},
            {"Will Smith", "wsmith@example.com", "Outreach"},
            {"Éloïse Brontë", "eb@example.fr", "Conseil de l'Europe"},
            {"Jonas Becker", "jonas@dupontfils.de", "Dupont & Fils"},
            {"Paolo Rossi", "p_rossi@comune.roma.it", "Comune di Roma"},
    };

    @Test
    void word_beginnings_in_any_order_find_name_email_and_organisation_ignoring_case_and_accents() {
        signIn(aUser("Search Organiser", Role.ORGANISER));
        var seminar = seminarWith(PEOPLE);

        assertThat(names(seminar, "mart")).containsExactly("Martine Dupont");
        assertThat(names(seminar, "dupont")).containsExactly("Jonas Becker", "Marie Dupont", "Martine Dupont");
        assertThat(names(seminar, "DUPON")).containsExactly("Jonas Becker", "Marie Dupont", "Martine Dupont");
        assertThat(names(seminar, "dupont marie")).containsExactly("Marie Dupont");
        assertThat(names(seminar, "marie dupont ministere")).containsExactly("Marie Dupont");
        assertThat(names(seminar, "dupont mart lyon")).containsExactly("Martine Dupont");
        assertThat(names(seminar, "dupont smith")).isEmpty();
        assertThat(names(seminar, "sante")).containsExactly("Marie Dupont");
        assertThat(names(seminar, "santé")).containsExactly("Marie Dupont");
        assertThat(names(seminar, "BRONTE eloise")).containsExactly("Éloïse Brontë");
        assertThat(names(seminar, "eloïse")).containsExactly("Éloïse Brontë");
        assertThat(names(seminar, "li")).containsExactly("Li Wu");
        assertThat(names(seminar, "wil")).containsExactly("Will Smith");
        assertThat(names(seminar, "univ")).containsExactly("Martine Dupont");
        assertThat(names(seminar, "nobody here")).isEmpty();
        assertThat(registrations.page(seminar, new ParticipantFilter(null, null, null, "dupon"), PageRequest.of(0, 10))
                .getTotalElements()).isEqualTo(3);
        assertThat(registrations.page(seminar, new ParticipantFilter(null, null, null, "dupon"), PageRequest.of(0, 2,
                Sort.by("fullName"))).getContent()).extracting(Registration::getFullName).containsExactly("Jonas Becker", "Marie Dupont");
    }

    @Test
    void email_fragments_match_split_at_at_signs_dots_hyphens_and_underscores() {
        signIn(aUser("Search Organiser", Role.ORGANISER));
        var seminar = seminarWith(PEOPLE);

        assertThat(names(seminar, "li.wu@example")).containsExactly("Li Wu");
        assertThat(names(seminar, "li.wu@example.cn")).containsExactly("Li Wu");
        assertThat(names(seminar, "dupontfils.de")).containsExactly("Jonas Becker");
        assertThat(names(seminar, "m.dupont-lyon@univ")).containsExactly("Martine Dupont");
        assertThat(names(seminar, "p_rossi")).containsExactly("Paolo Rossi");
        assertThat(names(seminar, "rossi@comune.roma")).containsExactly("Paolo Rossi");
        assertThat(names(seminar, "wsmith@")).containsExactly("Will Smith");
        assertThat(names(seminar, "@example.org")).containsExactly("Marie Dupont");
        assertThat(names(seminar, "%")).hasSize(PEOPLE.length);
        assertThat(names(seminar, "_")).hasSize(PEOPLE.length);
    }

    @Test
    void another_seminars_people_are_never_found_and_the_other_filters_still_apply() {
        signIn(aUser("Search Organiser", Role.ORGANISER));
        var seminar = seminarWith(PEOPLE);
        var other = seminarWith(new String[][] {{"Martine Dupont", "martine@other.org", "Other Seminar Org"},
                {"Marie Curie", "marie@curie.fr", "Institut Curie"}});

        assertThat(names(seminar, "mart")).containsExactly("Martine Dupont");
        assertThat(registrations.rows(seminar, new ParticipantFilter(null, null, null, "curie"), PageRequest.of(0, 50))).isEmpty();
        assertThat(names(other, "marie")).containsExactly("Marie Curie");
        assertThat(names(other, "dupont")).containsExactly("Martine Dupont");
        assertThat(registrations.rows(seminar, new ParticipantFilter(null, "DE", null, "dupont"), PageRequest.of(0, 50)))
                .extracting(Registration::getFullName).containsExactly("Jonas Becker");
        assertThat(registrations.rows(seminar, new ParticipantFilter(RegistrationStatus.WAITLISTED, null, null, "dupont"),
                PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void every_way_the_query_runs_gives_the_same_rows_in_the_grids_order() {
        signIn(aUser("Search Organiser", Role.ORGANISER));
        // 60 people, "common" in 40 of them; those 40 come last by name, so an ordered scan reads 20 rows
        // before the first match.
        var people = new ArrayList<String[]>();
        for (var i = 0; i < 60; i++) {
            var common = i >= 20;
            people.add(new String[] {(common ? "Zed " : "Abe ") + "%02d".formatted(i), "p" + i + "@example.org",
                    common ? "Common House" : "Rare House " + (i % 3)});
        }
        var seminar = seminarWith(people.toArray(String[][]::new));
        var sort = PageRequest.of(0, 10, Sort.by("fullName"));
        var words = SearchWords.of("common hou");
        var filter = new ParticipantSearch.Filter(seminar, null, null, null, words);
        var expected = inTx(() -> new ParticipantSearch(dataSource, 1_000, 1_000_000).ids(filter, sort)); // matches first
        var scan = inTx(() -> new ParticipantSearch(dataSource, 5, 1_000_000).ids(filter, sort));        // ordered scan
        var gaveUp = inTx(() -> new ParticipantSearch(dataSource, 5, 15).ids(filter, sort));             // scan gives up
        var longer = inTx(() -> new ParticipantSearch(dataSource, 5, 15, 30, 1_000_000).ids(filter, sort)); // gives up, many: longer scan
        var longerGaveUp = inTx(() -> new ParticipantSearch(dataSource, 5, 15, 30, 30).ids(filter, sort)); // that gives up too
        var next = inTx(() -> new ParticipantSearch(dataSource, 5, 1_000_000).ids(filter, PageRequest.of(3, 10, Sort.by("fullName"))));

        assertThat(expected).hasSize(10);
        assertThat(scan).isEqualTo(expected);
        assertThat(gaveUp).isEqualTo(expected);
        assertThat(longer).isEqualTo(expected);
        assertThat(longerGaveUp).isEqualTo(expected);
        assertThat(next).isEqualTo(inTx(() -> new ParticipantSearch(dataSource, 1_000, 1_000_000).ids(filter,
                PageRequest.of(3, 10, Sort.by("fullName"))))).hasSize(10);
        assertThat(registrations.rows(seminar, new ParticipantFilter(null, null, null, "common hou"), sort))
                .extracting(Registration::getFullName).containsExactly("Zed 20", "Zed 21", "Zed 22", "Zed 23", "Zed 24",
                        "Zed 25", "Zed 26", "Zed 27", "Zed 28", "Zed 29");
        for (var by : List.of(Sort.by("email"), Sort.by("organisation"), Sort.by("country"), Sort.by("sector"),
                Sort.by("status", "waitlistPosition"), Sort.by(Sort.Direction.DESC, "createdAt"), Sort.unsorted())) {
            var page = PageRequest.of(1, 7, by);
            var matchesFirst = inTx(() -> new ParticipantSearch(dataSource, 1_000, 1_000_000).ids(filter, page));
            assertThat(inTx(() -> new ParticipantSearch(dataSource, 5, 15).ids(filter, page)))
                    .as("sorted by %s", by).isEqualTo(matchesFirst);
            assertThat(inTx(() -> new ParticipantSearch(dataSource, 5, 15, 30, 1_000_000).ids(filter, page)))
                    .as("sorted by %s, the longer scan", by).isEqualTo(matchesFirst);
        }
        assertThat(registrations.page(seminar, new ParticipantFilter(null, null, null, "common hou"), sort).getTotalElements())
                .isEqualTo(40);
    }

    @Test
    void the_words_follow_every_change_of_name_email_and_organisation() {
        signIn(aUser("Search Organiser", Role.ORGANISER));
        var seminar = seminars.create(aSeminarForm("Search " + UUID.randomUUID(), 30, 100));
        seminars.publish(seminar);
        // Through the service: the name and address are copied from the account.
        var person = aUser("Quentin Aubert-Laval");
        signIn(person);
        var id = participants.register(seminar, RegistrationFixtures.aRegistrationForm());
        signIn(aUser("Search Organiser", Role.ORGANISER));
        assertThat(names(seminar, "quen laval")).containsExactly("Quentin Aubert-Laval");
        assertThat(names(seminar, person.substring(0, person.indexOf('@')))).containsExactly("Quentin Aubert-Laval");
        assertThat(names(seminar, "ministry health")).containsExactly("Quentin Aubert-Laval");

        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE registration SET full_name = 'Quentin Martel', email = 'q.martel@pasteur.fr',"
                + " organisation = 'Institut Pasteur' WHERE id = ?", id);
        assertThat(names(seminar, "martel pasteur")).containsExactly("Quentin Martel");
        assertThat(names(seminar, "q.martel@pasteur.fr")).containsExactly("Quentin Martel");
        assertThat(names(seminar, "laval")).isEmpty();
        assertThat(names(seminar, "aubert")).isEmpty();
        assertThat(names(seminar, "ministry")).isEmpty();
        jdbc.update("UPDATE registration SET full_name = 'QUENTIN MARTEL' WHERE id = ?", id);
        assertThat(names(seminar, "martel")).containsExactly("QUENTIN MARTEL");
        jdbc.update("UPDATE registration SET status = status, updated_at = updated_at WHERE id = ?", id);
        assertThat(names(seminar, "martel")).containsExactly("QUENTIN MARTEL");

        // Deleting the account anonymises the registration through the entity: nothing to find any more.
        signIn(person);
        accountDeletion.deleteMyAccount(PASSWORD);
        signIn(aUser("Search Organiser", Role.ORGANISER));
        assertThat(names(seminar, "martel")).isEmpty();
        assertThat(names(seminar, "pasteur")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration_word WHERE registration_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void retention_blanks_the_words_with_the_personal_data() {
        signIn(aUser("Search Organiser", Role.ORGANISER));
        var seminar = seminarWith(PEOPLE);
        assertThat(names(seminar, "dupont")).hasSize(3);

        inTx(() -> repository.anonymise(seminar, Instant.now()));

        assertThat(names(seminar, "dupont")).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM registration_word WHERE seminar_id = ?", Long.class, seminar)).isZero();
    }

    @Test
    void only_organisers_search() {
        signIn(aUser("Search Organiser", Role.ORGANISER));
        var seminar = seminarWith(PEOPLE);
        signIn(aUser("Curious Participant"));

        assertThatThrownBy(() -> registrations.rows(seminar, new ParticipantFilter(null, null, null, "dupont"), PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> registrations.page(seminar, new ParticipantFilter(null, null, null, "dupont"), PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private long seminarWith(String[][] people) {
        var seminar = seminars.create(aSeminarForm("Search " + UUID.randomUUID(), 30, 100));
        var jdbc = new JdbcTemplate(dataSource);
        var now = Instant.now();
        var i = 0;
        for (var p : people) {
            var at = org.convene.base.db.UtcTimes.of(now.plusMillis(i++));
            jdbc.update("""
                    INSERT INTO registration (seminar_id, user_id, status, full_name, email, organisation, country, sector,
                      privacy_consent, created_at, updated_at) VALUES (?, NULL, 'CONFIRMED', ?, ?, ?, ?, 'HEALTH', TRUE, ?, ?)""",
                    seminar, p[0], p[1], p[2], p[1].endsWith(".de") ? "DE" : "FR", at, at);
        }
        return seminar;
    }

    private <T> T inTx(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }

    private List<String> names(long seminar, String text) {
        return registrations.rows(seminar, new ParticipantFilter(null, null, null, text), PageRequest.of(0, 50, Sort.by("fullName")))
                .stream().map(Registration::getFullName).toList();
    }
}

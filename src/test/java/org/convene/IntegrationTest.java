package org.convene;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import org.convene.account.AccountService;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.base.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Base of the tests that need the application: one Spring context on a real MariaDB (embedded, or
 * the server named by DB_URL). Each test makes its own data with unique e-mail addresses.
 */
@SpringBootTest
@ActiveProfiles("test")
// A MockMvcTester for the HTTP tests: Spring Boot's, with the servlet filters of the context (Spring
// Security's chain, the security headers) as a real server has them.
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String PASSWORD = "Lyon-harbour-seminar-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    static {
        // Awaitility looks first after its poll interval (100 ms) unless told otherwise: every test paid that
        // twice in awaitWhatThisTestSetOff even when nothing was pending. Look at once, then every 10 ms.
        org.awaitility.Awaitility.setDefaultPollDelay(java.time.Duration.ZERO);
        org.awaitility.Awaitility.setDefaultPollInterval(java.time.Duration.ofMillis(10));
    }

    /** The application's clock is the tests' clock (see {@link TestClock}). */
    @TestBean
    protected Clock clock;

    static Clock clock() {
        return TestClock.INSTANCE;
    }

    @Autowired
    protected AccountService accounts;
    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    private org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy>
            securityContextHolderStrategy;

    /**
     * Vaadin's security integration installs its context holder strategy globally when a context starts;
     * a test class with a context of its own (a real server) leaves its strategy behind, and the
     * services of this context would then not see who signed in here. Each test takes this context's back.
     */
    @BeforeEach
    void useThisContextsSecurityContextHolderStrategy() {
        securityContextHolderStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    /** Mail goes to the test JVM's SMTP server (one for all contexts: the property's value is not part of the context key). */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", TestMailSink::port);
    }

    @Autowired
    private org.springframework.modulith.events.core.EventPublicationRegistry publicationRegistry;
    private java.time.Instant testStarted;
    private long lastOutboxIdBefore;

    @BeforeEach
    void noteWhereThisTestStarts() {
        testStarted = clock.instant();
        lastOutboxIdBefore = jdbcForMail.queryForObject("select coalesce(max(id), 0) from outbox_message", Long.class);
    }

    /**
     * A test ends when what it set off has run: the reactions to its events (Modulith's publication
     * registry holds none of them unhandled) and the sending of the mail they queued (none of its
     * messages is due and untried). The next test then starts on a quiet application, whatever ran
     * before it. A reaction that failed, or a message whose sending failed, counts as done here.
     */
    @AfterEach
    void awaitWhatThisTestSetOff() {
        var patience = patienceForWhatThisTestSetOff();
        org.awaitility.Awaitility.await("the reactions to this test's events").atMost(patience)
                .until(() -> publicationRegistry.findIncompletePublications().stream()
                        .noneMatch(p -> !p.getPublicationDate().isBefore(testStarted)
                                && p.getStatus() != org.springframework.modulith.events.EventPublication.Status.FAILED));
        // Messages queued for a later day (tests that set their own due time) are not waited for.
        var dueBy = org.convene.base.db.UtcTimes.of(java.time.Instant.now().plus(java.time.Duration.ofDays(1)));
        org.awaitility.Awaitility.await("the mail this test queued").atMost(patience)
                .until(() -> jdbcForMail.queryForObject("select count(*) from outbox_message where id > ? and next_attempt_at < ?"
                        + " and (status = 'SENDING' or (status = 'PENDING' and attempts = 0))",
                        Integer.class, lastOutboxIdBefore, dueBy) == 0);
    }

    /** How long {@link #awaitWhatThisTestSetOff} waits: benchmarks that register thousands of people wait longer. */
    protected java.time.Duration patienceForWhatThisTestSetOff() {
        return java.time.Duration.ofMinutes(2);
    }

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    /** A unique e-mail address for this run. */
    public static String uniqueEmail(String name) {
        return name + "." + SEQ.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.convene";
    }

    /** A new account with the given roles; returns its e-mail. */
    protected String aUser(String name, Role... roles) {
        var email = uniqueEmail(name.toLowerCase(Locale.ROOT).replace(' ', '.'));
        SystemAuthentication.run(() -> accounts.createAccount(new SignUpForm(name, email, PASSWORD), Locale.ENGLISH,
                roles.length == 0 ? EnumSet.of(Role.PARTICIPANT) : EnumSet.copyOf(Set.of(roles))));
        return email;
    }

    protected long idOf(String email) {
        return ((org.convene.account.AccountUserDetails) userDetailsService.loadUserByUsername(email)).id();
    }

    /** Signs in as this person for the calls that follow (the real account, roles from the database). */
    protected void signIn(String email) {
        var details = userDetailsService.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    protected void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbcForMail;

    /**
     * The newest e-mail of this kind queued for this address (its text), waiting for the asynchronous
     * listener that queues it: what the person would find in their mailbox.
     */
    protected String awaitMail(String email, String kind) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbcForMail.queryForList("select text_body from outbox_message where recipient_email = ? and kind = ?"
                        + " order by id desc limit 1", String.class, email, kind).stream().findFirst().orElse(null),
                        java.util.Objects::nonNull);
    }

    /** The token of the newest verification link sent to this address (the test opens the link). */
    protected String verificationToken(String email) {
        var m = java.util.regex.Pattern.compile("/verify-email/([A-Za-z0-9_-]+)").matcher(awaitMail(email, "EMAIL_VERIFICATION"));
        if (!m.find()) {
            throw new AssertionError("No verification link in the e-mail to " + email);
        }
        return m.group(1);
    }
}

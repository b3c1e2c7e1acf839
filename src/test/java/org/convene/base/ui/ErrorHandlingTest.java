package org.convene.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.convene.base.ConveneException;
import org.convene.base.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.security.authorization.AuthorizationDeniedException;

class ErrorHandlingTest {

    private final ErrorHandling handling = new ErrorHandling(new TranslationProvider());

    @Test
    void a_refusal_shows_its_translated_message() {
        var message = handling.messageFor(new RuntimeException(new ConveneException("validation.too-long", 12)), Locale.FRENCH);
        assertThat(message).isEqualTo("12 caractères au maximum.");
    }

    @Test
    void a_denied_call_says_so_without_details() {
        assertThat(handling.messageFor(new AuthorizationDeniedException("Access Denied"), Locale.ENGLISH))
                .isEqualTo("You are not allowed to do this.");
    }

    @Test
    void an_unexpected_error_shows_a_reference_and_no_stack_trace() {
        var message = handling.messageFor(new IllegalStateException("secret internals at com.example.Foo"), Locale.ENGLISH);
        assertThat(message).startsWith("Something went wrong on our side").doesNotContain("secret", "Exception", "com.example");
        assertThat(message).containsPattern("reference [0-9a-f]{8}");
    }

    @Test
    void a_database_out_of_reach_asks_to_try_again_in_a_moment() {
        var unreachable = new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms"));
        assertThat(handling.messageFor(unreachable, Locale.ENGLISH)).contains("try again in a moment").doesNotContain("Hikari", "Exception");
        assertThat(handling.messageFor(new RuntimeException(new java.sql.SQLNonTransientConnectionException("Socket fail to connect")),
                Locale.FRENCH)).contains("réessayez dans un moment");
    }

    @Test
    void a_database_that_cannot_grow_says_nothing_was_saved() {
        var full = new org.springframework.jdbc.UncategorizedSQLException("INSERT INTO registration", "INSERT INTO registration ...",
                new java.sql.SQLException("The table 'registration' is full", "HY000", 1114));
        assertThat(handling.messageFor(full, Locale.ENGLISH)).startsWith("The server has no room to save this right now; nothing was saved.")
                .doesNotContain("registration", "Exception", "reference");
        assertThat(handling.messageFor(new RuntimeException(full), Locale.FRENCH)).contains("rien n’a été enregistré");
    }
}

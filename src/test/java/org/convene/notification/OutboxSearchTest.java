package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Issue 12: the outbox grid searches word beginnings of recipient address and subject through {@code outbox_message_word} (V177). */
class OutboxSearchTest extends IntegrationTest {

    @Autowired
    OutboxService outbox;
    @Autowired
    DataSource dataSource;

    @Test
    void word_beginnings_of_address_and_subject_with_the_status_filter_and_every_sort() {
        var tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        var jdbc = new JdbcTemplate(dataSource);
        var now = Instant.now();
        Object[][] rows = {
                {"martine.dupont@univ-lyon.fr", "Réunion de Lyon: confirmée " + tag, "SENT"},
                {"li.wu@example.cn", "Reminder: seminar starts in three days " + tag, "SENT"},
                {"jonas@dupontfils.de", "Reminder: seminar starts in three days " + tag, "FAILED"},
        };
        for (var i = 0; i < rows.length; i++) {
            var at = org.convene.base.db.UtcTimes.of(now.plusMillis(i));
            jdbc.update("""
                    INSERT INTO outbox_message (idempotency_key, kind, recipient_email, locale, subject, text_body, html_body,
                      status, next_attempt_at, created_at) VALUES (?, 'REMINDER', ?, 'en', ?, '', '', ?, ?, ?)""",
                    tag + "-" + i, rows[i][0], rows[i][1], rows[i][2], at, at);
        }
        signIn(aUser("Outbox Organiser", Role.ORGANISER));

        assertThat(recipients(null, tag + " reunion")).containsExactly("martine.dupont@univ-lyon.fr");
        assertThat(recipients(null, tag + " confirmee lyon")).containsExactly("martine.dupont@univ-lyon.fr");
        assertThat(recipients(null, tag + " dupon")).containsExactly("jonas@dupontfils.de", "martine.dupont@univ-lyon.fr");
        assertThat(recipients(null, tag + " li.wu@example")).containsExactly("li.wu@example.cn");
        assertThat(recipients(null, tag + " REMINDER seminar")).containsExactly("jonas@dupontfils.de", "li.wu@example.cn");
        assertThat(recipients(OutboxStatus.FAILED, tag + " reminder")).containsExactly("jonas@dupontfils.de");
        assertThat(recipients(null, tag + " reminder lyon")).isEmpty();
        for (var sort : List.of(Sort.by("createdAt"), Sort.by(Sort.Direction.DESC, "createdAt"), Sort.by("status"), Sort.unsorted())) {
            assertThat(outbox.page(null, tag, PageRequest.of(0, 10, sort)).getContent()).as("sorted by %s", sort).hasSize(3);
        }
        var first = outbox.page(null, tag, PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "createdAt")));
        assertThat(first.getContent()).extracting(OutboxMessage::getRecipientEmail)
                .containsExactly("jonas@dupontfils.de", "li.wu@example.cn");
        assertThat(first.hasNext()).isTrue();

        jdbc.update("UPDATE outbox_message SET subject = ? WHERE idempotency_key = ?", "Changed subject " + tag, tag + "-0");
        assertThat(recipients(null, tag + " reunion")).isEmpty();
        assertThat(recipients(null, "martine.dupont changed subject " + tag)).containsExactly("martine.dupont@univ-lyon.fr");
    }

    @Test
    void only_organisers_search_the_outbox() {
        signIn(aUser("Plain Participant"));
        assertThatThrownBy(() -> outbox.page(null, "reminder", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private List<String> recipients(OutboxStatus status, String text) {
        return outbox.page(status, text, PageRequest.of(0, 50, Sort.by("recipientEmail"))).stream()
                .map(OutboxMessage::getRecipientEmail).toList();
    }
}

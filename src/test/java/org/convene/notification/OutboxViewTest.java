package org.convene.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.notification.ui.OutboxView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxViewTest extends KaribuTest {

    @Autowired
    OutboxService outbox;
    @Autowired
    OutboxRepository messages;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    private long failedMessage(String subject) {
        var key = "TEST:" + UUID.randomUUID();
        // Due only far in the future, so that the application's own sender leaves it to the test.
        var later = Instant.now().plus(java.time.Duration.ofDays(3650));
        tx.executeWithoutResult(s -> messages.insertIfAbsent(key, MessageKind.INVITATION.name(), null, null, "failed@example.org",
                "Failed Person", "en", subject, "text", "<p>html</p>", null, null, null, null, later));
        var id = messages.findAll().stream().filter(m -> m.getIdempotencyKey().equals(key)).findFirst().orElseThrow().getId();
        assertThat(outbox.claim(id, later)).isTrue();
        outbox.failed(id, OutboxService.MAX_ATTEMPTS, "550 mailbox unavailable", later);
        return id;
    }

    @Test
    void organisers_see_failed_messages_with_their_error_and_send_them_again() {
        var subject = "Outbox view " + UUID.randomUUID();
        var id = failedMessage(subject);
        signIn(aUser("Outbox Organiser", Role.ORGANISER));
        UI.getCurrent().navigate(OutboxView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("outbox-filter")), subject.toLowerCase(Locale.ROOT));
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        var row = GridKt._get(grid, 0);
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row.getLastError()).isEqualTo("550 mailbox unavailable");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Failed", "failed@example.org", subject);

        @SuppressWarnings("unchecked")
        Select<OutboxStatus> status = _get(Select.class, spec -> spec.withId("outbox-status-filter"));
        _setValue(status, OutboxStatus.SENT);
        assertThat(GridKt._size(grid)).isZero();
        _setValue(status, OutboxStatus.FAILED);
        assertThat(GridKt._size(grid)).isEqualTo(1);

        var resend = (Button) GridKt._getCellComponent(grid, 0, "resend");
        _click(resend);
        var after = messages.findById(id).orElseThrow();
        assertThat(after.getStatus()).isNotEqualTo(OutboxStatus.FAILED);
        assertThat(after.getAttempts()).isLessThanOrEqualTo(1);
    }

    @Test
    void participants_cannot_open_the_outbox() {
        signIn(aUser("Curious Participant"));
        assertAccessDenied(() -> UI.getCurrent().navigate(OutboxView.class));
    }
}

package org.convene.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;

/** Issue 10, item 4: sign-up attempts are limited per client address. */
class SignUpThrottleTest {

    @Test
    void an_address_gets_its_allowance_per_hour_and_then_a_message_while_others_go_on() {
        var throttle = new SignUpThrottle(3);
        for (int i = 0; i < 3; i++) {
            assertThatCode(() -> throttle.attempt("203.0.113.7")).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> throttle.attempt("203.0.113.7")).isInstanceOfSatisfying(ConveneException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.getMessageKey()).isEqualTo("account.signup.throttled"));
        assertThatCode(() -> throttle.attempt("198.51.100.2")).doesNotThrowAnyException();
    }
}

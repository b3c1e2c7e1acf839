package org.convene.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class SessionSignInTest {

    @Test
    void the_context_goes_where_spring_securitys_session_store_reads_it() {
        assertThat(SessionSignIn.CONTEXT_KEY).isEqualTo(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }
}

package org.convene;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc requests made as a real account (roles from the database). */
public final class TestRequests {

    private TestRequests() {
    }

    public static RequestPostProcessor as(UserDetailsService users, String email) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(email));
    }
}

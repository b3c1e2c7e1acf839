package org.convene.account;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link SessionFreshness} runs inside the security filter chain only, not a second time as a plain servlet filter. */
@Configuration
class SessionFreshnessRegistration {

    @Bean
    FilterRegistrationBean<SessionFreshness> sessionFreshnessOutsideTheChain(SessionFreshness filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleOutsideTheChain(LoginThrottle filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}

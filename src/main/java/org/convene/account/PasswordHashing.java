package org.convene.account;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Password hashes: Argon2id for every new hash (no length limit, unlike bcrypt's 72 bytes), with
 * OWASP's parameters by default (19 MiB, 2 passes, 1 lane; the parameters are stored in each hash,
 * so changing them later keeps old hashes valid and upgrades them at the next sign-in). Hashes from
 * before (bcrypt) are still accepted and replaced at the next sign-in
 * ({@link AccountUserDetailsService#updatePassword}).
 */
@Configuration
class PasswordHashing {

    static final String ARGON2 = "argon2";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${convene.security.argon2.memory-kib:19456}") int memoryKib,
                                    @Value("${convene.security.argon2.iterations:2}") int iterations) {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
        var encoder = new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, argon2,
                "bcrypt", new LongPasswordSafeBCrypt(),
                "pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        return encoder;
    }

    /**
     * bcrypt for checking old hashes only. A password longer than 72 bytes cannot be the one behind a
     * bcrypt hash (it could never be set): it simply does not match, instead of an exception.
     */
    static final class LongPasswordSafeBCrypt implements PasswordEncoder {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
                return false;
            }
            return bcrypt.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return true;
        }
    }
}

package org.convene.account;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.base.ConveneException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-up attempts (the sign-up page and the registration form's inline sign-up) per client address:
 * {@code convene.security.sign-ups-per-hour} (default 10), Bucket4j buckets in a bounded LRU map.
 */
@Component
public class SignUpThrottle {

    static final int MAX_KEYS = 50_000;

    private final int perHour;
    private final Map<String, Bucket> addresses = java.util.Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    });

    SignUpThrottle(@Value("${convene.security.sign-ups-per-hour:10}") int perHour) {
        this.perHour = perHour;
    }

    /** Takes one attempt for this address, or refuses with a message asking to wait. */
    public void attempt(String address) {
        var bucket = addresses.computeIfAbsent(address == null ? "?" : address, k -> Bucket.builder()
                .addLimit(l -> l.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1))).build());
        if (!bucket.tryConsume(1)) {
            throw new ConveneException("account.signup.throttled");
        }
    }
}

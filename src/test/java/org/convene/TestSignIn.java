package org.convene;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Work done signed in as someone on the current thread, then signed out again: for the threads a test or a
 * benchmark starts itself (services read the caller from the security context).
 */
public final class TestSignIn {

    private TestSignIn() {
    }

    /** A signed-in principal for this person, as the login would make it. */
    public static Authentication authenticated(UserDetails person) {
        return UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
    }

    /** Runs {@code work} signed in as {@code person} and returns its result. */
    public static <T> T as(Authentication person, Callable<T> work) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(person);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs {@code work} signed in as {@code person}. */
    public static void as(UserDetails person, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(authenticated(person));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

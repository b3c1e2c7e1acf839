package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.IntegrationTest;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 10, item 6: Convene never ends up without an organiser, and FirstOrganiser never stops the start. */
class LastOrganiserTest extends IntegrationTest {

    @Autowired
    UserRepository users;
    @Autowired
    TransactionTemplate tx;

    /** Leaves exactly these organisers in the (shared) test database; other tests make their own. */
    private void onlyOrganisers(String... emails) {
        var keep = Set.of(emails);
        tx.executeWithoutResult(s -> users.findAll().stream()
                .filter(u -> u.hasRole(Role.ORGANISER) && !keep.contains(u.getEmail()))
                .forEach(u -> {
                    var roles = EnumSet.copyOf(u.getRoles());
                    roles.remove(Role.ORGANISER);
                    roles.add(Role.PARTICIPANT);
                    u.setRoles(roles);
                }));
    }

    @Test
    void two_organisers_demoting_each_other_at_once_leave_one_organiser() throws Exception {
        for (int round = 0; round < 5; round++) {
            var a = aUser("Organiser A", Role.ORGANISER);
            var b = aUser("Organiser B", Role.ORGANISER);
            onlyOrganisers(a, b);
            var barrier = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            var results = new ArrayList<Future<String>>();
            for (var pair : List.of(List.of(a, b), List.of(b, a))) {
                results.add(pool.submit(() -> {
                    signIn(pair.get(0));
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                        accounts.setRoles(idOf(pair.get(1)), EnumSet.of(Role.PARTICIPANT));
                        return "ok";
                    } catch (ConveneException e) {
                        return e.getMessageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            var outcomes = new ArrayList<String>();
            for (var f : results) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertThat(users.countWithRole(Role.ORGANISER)).as("round %d: %s", round, outcomes).isEqualTo(1);
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "account.roles.last-organiser");
        }
    }

    @Test
    void an_admin_address_that_belongs_to_a_participant_does_not_stop_the_start() {
        var participant = aUser("Admin Lookalike");
        var first = new FirstOrganiser(accounts, participant, "");

        assertThatCode(first::create).doesNotThrowAnyException();
        assertThat(first.create()).isFalse();
        assertThat(users.findByEmail(participant).orElseThrow().hasRole(Role.ORGANISER)).isFalse();
    }

    @Test
    void a_long_admin_password_creates_the_first_organiser() {
        var email = uniqueEmail("first.admin");
        var first = new FirstOrganiser(accounts, email, PasswordPolicyTest.hundredCharacters());
        assertThat(first.create()).isTrue();
        assertThat(users.findByEmail(email).orElseThrow().hasRole(Role.ORGANISER)).isTrue();
        assertThat(users.findByEmail(email).orElseThrow().isEmailVerified()).as("the bootstrap organiser's address counts as confirmed").isTrue();
    }
}

package org.convene.account;

import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** A person erases their own account; other modules erase what they keep about them on {@link AccountDeleted}. */
@Service
public class AccountDeletionService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final CalendarTokenCache calendarTokens;

    AccountDeletionService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                           CurrentUser currentUser, CalendarTokenCache calendarTokens) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentUser = currentUser;
        this.calendarTokens = calendarTokens;
    }

    /**
     * The signed-in person deletes their own account, after typing their password again. Publishes
     * {@link AccountDeleted} first: the listeners of other modules (registrations anonymised, seats
     * released, group memberships removed) run in this same transaction, then the user row goes. Read
     * committed, like the registration module's seat decisions that run inside it. The last organiser
     * cannot leave (nobody could manage Convene any more).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void deleteMyAccount(String password) {
        users.lockOrganisers();
        var user = users.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
        if (password == null || password.isEmpty() || !passwordEncoder.matches(password, user.getPasswordHash())) {
            throw ConveneException.onField("deletePassword", "account.password.wrong");
        }
        if (user.hasRole(Role.ORGANISER) && users.countWithRole(Role.ORGANISER) <= 1) {
            throw new ConveneException("account.delete.last-organiser");
        }
        events.publishEvent(new AccountDeleted(user.getId()));
        calendarTokens.forget(user.getId());
        users.delete(user);
        users.flush();
    }
}

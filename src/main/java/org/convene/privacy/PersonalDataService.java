package org.convene.privacy;

import java.time.Clock;
import org.convene.account.AccountDeletionService;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.network.NetworkService;
import org.convene.registration.RegistrationPrivacyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own data, and only theirs: every call reads the caller from the security context. */
@Service
public class PersonalDataService {

    private final AccountService accounts;
    private final AccountDeletionService accountDeletion;
    private final NetworkService network;
    private final RegistrationPrivacyService registrations;
    private final CurrentUser currentUser;
    private final Clock clock;

    PersonalDataService(AccountService accounts, AccountDeletionService accountDeletion, NetworkService network,
                        RegistrationPrivacyService registrations, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.accountDeletion = accountDeletion;
        this.network = network;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What Convene keeps about the signed-in person. */
    @Transactional(readOnly = true)
    public PersonalData mine() {
        var me = currentUser.requireId();
        var user = accounts.me();
        var account = new PersonalData.Account(user.getId(), user.getEmail(), user.getDisplayName(),
                user.getLocale().getLanguage(), user.getTimeZone().getId(), user.getRoles(), user.getCreatedAt());
        var groups = network.myGroups().stream().map(g -> new PersonalData.Group(g.getName(), g.getKind(),
                        g.getCoordinatorId() != null && g.getCoordinatorId() == me,
                        g.getMembers().stream().filter(m -> m.getUserId() == me).map(m -> m.getJoinedAt())
                                .findFirst().orElse(null)))
                .toList();
        return new PersonalData(clock.instant(), account, groups, registrations.myData());
    }

    /** Deletes the signed-in person's account after checking their password (see {@link AccountDeletionService#deleteMyAccount}). */
    public void deleteMyAccount(String password) {
        accountDeletion.deleteMyAccount(password);
    }
}

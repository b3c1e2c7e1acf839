package org.convene.account;

import org.convene.base.ConveneException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // Spring Security answers "bad credentials" for both unknown e-mail and wrong password.
        return users.findByEmail(Emails.normalize(username))
                .map(AccountUserDetails::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    /** Spring Security calls this after a successful sign-in whose hash is of an older kind (bcrypt). */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        var account = users.findByEmail(Emails.normalize(user.getUsername())).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        if (account.getPasswordHash().equals(user.getPassword())) {
            account.setPasswordHash(newPassword);
        }
        return AccountUserDetails.of(account);
    }
}

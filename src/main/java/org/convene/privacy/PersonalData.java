package org.convene.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.convene.account.Role;
import org.convene.network.GroupKind;
import org.convene.registration.MyRegistrationData;

/** Everything Convene keeps about one person, as shown in "my data" and downloaded as JSON. */
public record PersonalData(Instant exportedAt, Account account, List<Group> groups,
                           List<MyRegistrationData> registrations) {

    /** The account's own fields (never the password hash). */
    public record Account(long id, String email, String displayName, String language, String timeZone,
                          Set<Role> roles, Instant createdAt) {
    }

    /** A group the person belongs to or coordinates. */
    public record Group(String name, GroupKind kind, boolean coordinator, Instant joinedAt) {
    }
}

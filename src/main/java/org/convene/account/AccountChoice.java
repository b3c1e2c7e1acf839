package org.convene.account;

/**
 * An account as a picker offers it (a coordinator, a group member, a speaker's account, a person asked to sign):
 * what the person choosing sees and the id the service is given, not the {@link User} entity with its password
 * hash and roles.
 */
public record AccountChoice(long id, String displayName, String email) {

    static AccountChoice of(User user) {
        return new AccountChoice(user.getId(), user.getDisplayName(), user.getEmail());
    }

    /** "Name <address>", as pickers show it. */
    public String label() {
        return displayName + " <" + email + ">";
    }
}

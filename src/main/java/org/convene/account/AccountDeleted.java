package org.convene.account;

/**
 * A person is deleting their own account. Published inside the deleting transaction, just before the
 * user row goes: modules that keep personal data about this person clean it up with a synchronous
 * {@code @EventListener} (same transaction, so the deletion and every clean-up happen together or
 * not at all). Not for {@code @ApplicationModuleListener}s that need the account: it no longer
 * exists once they run.
 */
public record AccountDeleted(long userId) {
}

/**
 * Personal data: what Convene keeps about the signed-in person (account, roles, groups,
 * registrations with their answers), its JSON download, and deleting one's own account. Reads
 * account, network and registration through their services; nothing depends on this module.
 */
package org.convene.privacy;

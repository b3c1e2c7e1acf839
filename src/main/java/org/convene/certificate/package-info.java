/**
 * Certificates of attendance: a checked-in participant's PDF after the seminar (name, seminar,
 * dates, place, hours attended from the published agenda, the organising body and a verification
 * code), all of a seminar's certificates as one ZIP for organisers, and the public check page. Reads
 * registration, agenda, seminar and account through their services; nothing depends on this module.
 */
package org.convene.certificate;

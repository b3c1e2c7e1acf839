package org.convene.statement;

import java.util.Set;

/**
 * A statement's header and team as a form sends it. At least one of seminar and group; one lead;
 * nobody in two roles; everybody an expert or an organiser.
 */
public record StatementForm(String title, Long seminarId, Long groupId, String language, Long leadId,
                            Set<Long> coAuthorIds, Set<Long> reviewerIds) {
}

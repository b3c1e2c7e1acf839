package org.convene.statement;

import java.util.Collection;

/** Whether checklist items have answers on some statement (implemented where the answers live). */
interface ChecklistAnswerLookup {
    boolean anyAnswered(Collection<Long> itemIds);
}

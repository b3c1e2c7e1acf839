package org.convene.statement;

import java.time.Instant;
import java.util.List;

/** The checklist attached to a statement with the team's answers; {@code answer} null = not answered yet. */
public record StatementChecklist(long statementId, ChecklistDefinition checklist, List<Row> rows, boolean canAnswer) {

    public record Row(ChecklistDefinition.Item item, CheckAnswer answer, String note, String answeredBy, Instant answeredAt) {
    }

    public long unanswered() {
        return rows.stream().filter(r -> r.answer() == null).count();
    }

    public boolean complete() {
        return unanswered() == 0;
    }
}

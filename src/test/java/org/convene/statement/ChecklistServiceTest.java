package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authorization.AuthorizationDeniedException;

class ChecklistServiceTest extends ReviewTestBase {

    @Test
    void organisers_define_checklists_and_experts_may_not() {
        aTeam();
        signIn(lead);
        assertThatThrownBy(() -> checklists.create(new ChecklistForm("Mine", "", List.of(new ChecklistForm.Item(null, "Q", "")))))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn(organiser);
        var title = "Self-assessment " + UUID.randomUUID();
        var id = checklists.create(new ChecklistForm(title, "For drug-policy texts", List.of(
                new ChecklistForm.Item(null, "Right to health?", "Art. 12 ICESCR"),
                new ChecklistForm.Item(null, "Non-discrimination?", ""))));
        assertThat(checklists.get(id).items()).extracting(ChecklistDefinition.Item::position, ChecklistDefinition.Item::question)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Right to health?"),
                        org.assertj.core.groups.Tuple.tuple(2, "Non-discrimination?"));
        assertThatThrownBy(() -> checklists.create(new ChecklistForm(title, "", List.of(new ChecklistForm.Item(null, "Q", "")))))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("statement.review.checklist.title-taken"));
        assertThatThrownBy(() -> checklists.create(new ChecklistForm("Empty " + UUID.randomUUID(), "", List.of())))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("statement.review.checklist.no-items"));
    }

    @Test
    void items_can_be_reordered_and_reworded_but_an_answered_item_cannot_be_removed() {
        var statementId = aWrittenStatement();
        var checklistId = attachChecklist(statementId, 2);
        var items = checklistAnswers.checklist(statementId).orElseThrow().rows();
        checklistAnswers.answer(statementId, items.get(0).item().id(), CheckAnswer.NO, "Needs work.");
        signIn(organiser);
        var def = checklists.get(checklistId);
        var first = def.items().get(0);
        var second = def.items().get(1);
        checklists.update(checklistId, new ChecklistForm(def.title(), "", List.of(
                new ChecklistForm.Item(second.id(), second.question(), ""),
                new ChecklistForm.Item(first.id(), "Reworded first question", ""),
                new ChecklistForm.Item(null, "A third question", ""))));
        assertThat(checklists.get(checklistId).items()).extracting(ChecklistDefinition.Item::question)
                .containsExactly("Question 2", "Reworded first question", "A third question");
        assertThatThrownBy(() -> checklists.update(checklistId, new ChecklistForm(def.title(), "", List.of(
                new ChecklistForm.Item(second.id(), second.question(), "")))))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("statement.review.checklist.item-answered"));
        assertThat(checklists.get(checklistId).items()).hasSize(3);
    }
}

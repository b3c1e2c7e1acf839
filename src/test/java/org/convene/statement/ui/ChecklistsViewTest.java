package org.convene.statement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.statement.ChecklistDefinition;
import org.convene.statement.ChecklistService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ChecklistsViewTest extends KaribuTest {

    @Autowired
    ChecklistService checklists;

    @Test
    void an_organiser_defines_a_checklist_with_items_and_guidance() {
        signIn(aUser("Checklist Organiser", Role.ORGANISER));
        UI.getCurrent().navigate(ChecklistsView.class);
        _click(_get(Button.class, spec -> spec.withId("checklists-create")));
        var title = "Human-rights self-assessment " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withId("checklist-title")), title);
        _setValue(_get(TextField.class, spec -> spec.withId("checklist-question-1")), "Does the text uphold the right to health?");
        _setValue(_get(TextArea.class, spec -> spec.withId("checklist-guidance-1")), "Article 12 ICESCR.");
        _click(_get(Button.class, spec -> spec.withId("checklist-add-item")));
        _setValue(_get(TextField.class, spec -> spec.withId("checklist-question-2")), "Is non-discrimination ensured?");
        _click(_get(Button.class, spec -> spec.withId("checklist-save")));
        NotificationsKt.expectNotifications("Checklist saved.");
        var saved = checklists.page(title, PageRequest.of(0, 5)).getContent();
        assertThat(saved).singleElement().satisfies(c -> assertThat(c.items()).extracting(ChecklistDefinition.Item::question,
                ChecklistDefinition.Item::guidance).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Does the text uphold the right to health?", "Article 12 ICESCR."),
                org.assertj.core.groups.Tuple.tuple("Is non-discrimination ensured?", "")));
    }

    @Test
    void an_empty_title_is_shown_on_the_field_and_nothing_is_stored() {
        signIn(aUser("Checklist Organiser", Role.ORGANISER));
        UI.getCurrent().navigate(ChecklistsView.class);
        _click(_get(Button.class, spec -> spec.withId("checklists-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("checklist-question-1")), "A question");
        _click(_get(Button.class, spec -> spec.withId("checklist-save")));
        var field = _get(TextField.class, spec -> spec.withId("checklist-title"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_checklist_without_title_and_with_an_empty_question_marks_both_at_once_and_keeps_the_guidance() {
        signIn(aUser("Checklist Organiser", Role.ORGANISER));
        UI.getCurrent().navigate(ChecklistsView.class);
        _click(_get(Button.class, spec -> spec.withId("checklists-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("checklist-question-1")), "A first question");
        _click(_get(Button.class, spec -> spec.withId("checklist-add-item")));
        _setValue(_get(TextArea.class, spec -> spec.withId("checklist-guidance-2")), "Guidance typed before the question");
        _click(_get(Button.class, spec -> spec.withId("checklist-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("checklist-title")).isInvalid()).isTrue();
        var second = _get(TextField.class, spec -> spec.withId("checklist-question-2"));
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(_get(TextField.class, spec -> spec.withId("checklist-question-1")).isInvalid()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("checklist-guidance-2")).getValue())
                .isEqualTo("Guidance typed before the question");
        assertThat(_get(TextField.class, spec -> spec.withId("checklist-question-1")).getValue()).isEqualTo("A first question");
    }
}

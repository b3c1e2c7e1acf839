package org.convene.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.network.ExpertGroup;
import org.convene.network.NetworkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The expert group editor (issue 11, item 3): one Save shows every problem on its field and keeps what was typed. */
class GroupEditorTest extends KaribuTest {

    @Autowired
    NetworkService network;

    @Test
    void a_group_with_several_problems_marks_every_bad_field_at_once_and_keeps_what_was_typed() {
        signIn(aUser("Group Organiser", Role.ORGANISER));
        UI.getCurrent().navigate(GroupsView.class);
        _click(_get(Button.class, spec -> spec.withId("groups-create")));
        var description = "d".repeat(ExpertGroup.DESCRIPTION_MAX + 1);
        _setValue(_get(TextField.class, spec -> spec.withId("group-name")), "  ");
        _setValue(_get(TextArea.class, spec -> spec.withId("group-description")), description);
        _click(_get(Button.class, spec -> spec.withId("group-save")));

        var name = _get(TextField.class, spec -> spec.withId("group-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Please fill in this field.");
        var area = _get(TextArea.class, spec -> spec.withId("group-description"));
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("At most 4,000 characters.");
        assertThat(area.getValue()).isEqualTo(description);
        var before = network.visibleGroups("", PageRequest.of(0, 1)).getTotalElements();

        _setValue(name, "Working group on prisons " + System.nanoTime());
        _setValue(area, "Health in prisons");
        _click(_get(Button.class, spec -> spec.withId("group-save")));
        assertThat(network.visibleGroups("", PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before + 1);
    }

    @Test
    void adding_a_member_without_choosing_one_says_so_on_the_picker() {
        signIn(aUser("Group Organiser", Role.ORGANISER));
        var id = network.create(new org.convene.network.GroupForm("Members group " + System.nanoTime(),
                org.convene.network.GroupKind.EXPERT_GROUP, "", null));
        UI.getCurrent().navigate(GroupsView.class);
        _get(GroupsView.class).show(id);
        _click(_get(Button.class, spec -> spec.withId("group-add-member")));
        var picker = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("group-member-picker"));
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("Please fill in this field.");
    }
}

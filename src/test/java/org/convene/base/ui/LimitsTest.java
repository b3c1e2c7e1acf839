package org.convene.base.ui;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.convene.KaribuTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A limited field says its limit and how much of it is used, live, in the reader's language. */
class LimitsTest extends KaribuTest {

    @Test
    void a_limited_field_takes_the_limit_and_counts_what_is_typed() {
        var field = Limits.limit(new TextField(), 200);
        UI.getCurrent().add(field);
        assertThat(field.getMaxLength()).isEqualTo(200);
        assertThat(field.getHelperText()).isEqualTo("0/200 characters");

        _setValue(field, "Nadia Rahman");
        assertThat(field.getHelperText()).isEqualTo("12/200 characters");
    }

    @Test
    void the_count_follows_the_typing_before_the_value_reaches_the_server() {
        var area = Limits.limit(new TextArea(), 2000);
        UI.getCurrent().add(area);
        var data = JsonMapper.builder().build().createObjectNode().put("element.value.length", 1999).put("for", "trailing");
        _fireDomEvent(area.getElement(), new DomEvent(area.getElement(), "input", data));
        assertThat(area.getHelperText()).isEqualTo("1,999/2,000 characters");
        assertThat(area.getValue()).isEmpty();
    }

    @Test
    void the_fields_own_help_stays_in_front_of_the_count_in_french() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
        var password = new PasswordField();
        password.setHelperText("Au moins 12 caractères.");
        Limits.limit(password, 128);
        UI.getCurrent().add(password);
        assertThat(password.getHelperText()).isEqualTo("Au moins 12 caractères. 0/128 caractères");

        var area = Limits.limit(new TextArea(), 2000);
        Limits.help(area, "Markdown accepté.");
        _setValue(area, "x".repeat(1500));
        assertThat(area.getHelperText()).isEqualTo("Markdown accepté. 1\u202f500/2\u202f000 caractères");
    }

    @Test
    void a_search_box_shows_the_count_only_near_its_limit() {
        var search = Limits.search(new TextField(), 100);
        UI.getCurrent().add(search);
        assertThat(search.getMaxLength()).isEqualTo(100);
        assertThat(search.getHelperText()).isNull();
        _setValue(search, "x".repeat(79));
        assertThat(search.getHelperText()).isNull();
        _setValue(search, "x".repeat(80));
        assertThat(search.getHelperText()).isEqualTo("80/100 characters");
    }
}

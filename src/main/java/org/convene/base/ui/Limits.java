package org.convene.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * A field that stops taking text at its limit says so: the browser's {@code maxlength} and, under the
 * field, a live count ("120/200 characters", updated as the person types), after the field's own help
 * if it has some. Every limited text field goes through here, so that nothing is ever cut silently.
 */
public final class Limits {

    static final String HELP = "convene.limit.help";
    static final String MAX = "convene.limit.max";
    static final String QUIET = "convene.limit.quiet";
    /** A search box says its limit only when the text comes near it (from this share of it). */
    static final double NEAR = 0.8;

    private Limits() {
    }

    public static TextField limit(TextField field, int max) {
        field.setMaxLength(max);
        return count(field, max);
    }

    public static TextArea limit(TextArea field, int max) {
        field.setMaxLength(max);
        return count(field, max);
    }

    public static EmailField limit(EmailField field, int max) {
        field.setMaxLength(max);
        return count(field, max);
    }

    public static PasswordField limit(PasswordField field, int max) {
        field.setMaxLength(max);
        return count(field, max);
    }

    /**
     * A search or filter box: the same limit, but the count appears only when the text comes near it,
     * so that a row of filters is not crowded by "0/100" under each.
     */
    public static TextField search(TextField field, int max) {
        ComponentUtil.setData(field, QUIET, Boolean.TRUE);
        // Wide enough for its label or placeholder ("Name, e-mail or organisation"), never wider than a phone.
        field.addClassName("convene-search");
        return limit(field, max);
    }

    /** The field's own help, kept in front of the count (set it here, not with {@code setHelperText}). */
    public static void help(TextFieldBase<?, String> field, String help) {
        ComponentUtil.setData(field, HELP, help);
        var max = (Integer) ComponentUtil.getData(field, MAX);
        if (max == null) {
            field.setHelperText(help);
        } else {
            show(field, length(field.getValue()), max);
        }
    }

    private static <F extends TextFieldBase<F, String>> F count(F field, int max) {
        if (ComponentUtil.getData(field, MAX) == null) {
            var own = field.getHelperText();
            if (own != null && !own.isBlank() && ComponentUtil.getData(field, HELP) == null) {
                ComponentUtil.setData(field, HELP, own);
            }
            field.addValueChangeListener(e -> show(field, length(e.getValue()), max(field)));
            // The count follows the typing without changing when the value itself reaches the server.
            field.getElement().addEventListener("input",
                            e -> show(field, e.getEventData().get("element.value.length").asInt(), max(field)))
                    .addEventData("element.value.length").debounce(200);
        }
        ComponentUtil.setData(field, MAX, max);
        show(field, length(field.getValue()), max);
        return field;
    }

    private static int max(TextFieldBase<?, String> field) {
        return (Integer) ComponentUtil.getData(field, MAX);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    static void show(TextFieldBase<?, String> field, int length, int max) {
        var help = (String) ComponentUtil.getData(field, HELP);
        if (ComponentUtil.getData(field, QUIET) != null && length < max * NEAR) {
            field.setHelperText(help);
            return;
        }
        var count = field.getTranslation("component.characters-count", length, max);
        field.setHelperText(help == null || help.isBlank() ? count : help + " " + count);
    }
}

package org.convene.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Collection;

/**
 * The services' text rules ({@link org.convene.base.Validation}) as {@link Binder} validators, with the
 * same messages, so that a form shows every problem on its field at once before the service (which
 * checks again) is asked.
 */
public final class Rules {

    private Rules() {
    }

    /** A single line of at most {@code max} characters, present when {@code required}. */
    public static Validator<String> line(Component owner, int max, boolean required) {
        return (value, context) -> check(owner, value, max, required, false);
    }

    /** Text of at most {@code max} characters where line breaks are allowed, present when {@code required}. */
    public static Validator<String> text(Component owner, int max, boolean required) {
        return (value, context) -> check(owner, value, max, required, true);
    }

    /** Something chosen. */
    public static <T> Validator<T> chosen(Component owner) {
        return (value, context) -> value == null || value instanceof Collection<?> c && c.isEmpty()
                ? ValidationResult.error(owner.getTranslation("validation.required")) : ValidationResult.ok();
    }

    /** A validator that says {@code key} (with {@code args}) when {@code ok} is false. */
    public static <T> Validator<T> rule(Component owner, com.vaadin.flow.function.SerializablePredicate<T> ok, String key, Object... args) {
        return (value, context) -> ok.test(value) ? ValidationResult.ok()
                : ValidationResult.error(owner.getTranslation(key, args));
    }

    /**
     * A dialog that asks one thing: the field's rule through a {@link Binder}, so the field says its
     * problem (and keeps what was typed) before the service, which checks again, is asked. Call
     * {@code validate().isOk()} on the result when the person confirms.
     */
    public static <V> Binder<Object> one(com.vaadin.flow.component.HasValue<?, V> field, Validator<V> rule) {
        var binder = new Binder<Object>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(field).withValidator(rule).bind(bean -> field.getValue(), (bean, value) -> {
            // Nothing to write: the dialog reads the field itself once it is valid.
        });
        return binder;
    }

    private static ValidationResult check(Component owner, String value, int max, boolean required, boolean multiline) {
        var v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            return ValidationResult.error(owner.getTranslation("validation.required"));
        }
        if (v.length() > max) {
            return ValidationResult.error(owner.getTranslation("validation.too-long", max));
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')))) {
            return ValidationResult.error(owner.getTranslation("validation.control-characters"));
        }
        return ValidationResult.ok();
    }
}

package org.convene.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.base.ConveneException;

/**
 * Puts a service's refusal on the field it names, so the person sees the message where they typed;
 * a refusal without a known field becomes a notification.
 */
public final class FormErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(ConveneException e) {
        var message = owner.getTranslation(e.getMessageKey(), e.getArgs());
        var field = e.getField() == null ? null : fields.get(e.getField());
        if (field == null) {
            Notifications.error(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}

package org.convene.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableBiConsumer;
import org.convene.agenda.DraftItem;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Rules;

/**
 * Asks by how many minutes to shift an item and the rest of its day. A valid number goes to
 * {@code onApply}; the view closes the dialog when the service agrees, or hands back its refusal
 * ({@link #show}).
 */
class ShiftDialog extends Dialog {

    /** As the service's {@code AgendaService.MAX_SHIFT_MINUTES}. */
    static final int MAX_SHIFT_MINUTES = 12 * 60;

    final IntegerField minutes = new IntegerField();
    private final FormErrors errors = new FormErrors(this).field("minutes", minutes);

    ShiftDialog(DraftItem item, SerializableBiConsumer<ShiftDialog, Integer> onApply) {
        setId("agenda-shift-dialog");
        setHeaderTitle(getTranslation("agenda.shift.title"));
        minutes.setLabel(getTranslation("agenda.shift.minutes"));
        minutes.setId("agenda-shift-minutes");
        minutes.setHelperText(getTranslation("agenda.shift.help", item.title(), Formats.time(item.startsAt(), getLocale())));
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        minutes.setValue(15);
        var rule = Rules.one(minutes, Rules.rule(this, m -> m != null && m != 0 && Math.abs(m) <= MAX_SHIFT_MINUTES,
                "agenda.shift.range", MAX_SHIFT_MINUTES));
        var apply = new Button(getTranslation("agenda.shift.apply"));
        apply.setId("agenda-shift-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> {
            errors.clear();
            if (rule.validate().isOk()) {
                onApply.accept(this, minutes.getValue());
            }
        });
        add(minutes);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), apply);
    }

    /** The service's refusal, on the field. */
    void show(ConveneException e) {
        errors.show(e);
    }
}

package org.convene.seminar.ui;

import org.convene.base.ui.Limits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Function;

/** The filter fields the organisers' list and the public catalogue share. */
final class FilterFields {

    static final int TEXT_MAX = 100;

    private FilterFields() {
    }

    static void search(TextField field, String id, Component owner) {
        field.setId(id);
        field.setPlaceholder(owner.getTranslation("seminar.filter.text"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        // Wide enough for the placeholder in French ("Rechercher dans le titre, le résumé ou la ville"), at most the screen.
        field.setWidth("min(100%, 27rem)");
        Limits.search(field, TEXT_MAX);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    /** A choice among {@code values} or "any" (the empty selection, shown with {@code anyKey}). */
    static <T> void anyOf(Select<T> select, String id, String labelKey, String anyKey, T[] values,
                          Function<T, String> label, Component owner) {
        var any = owner.getTranslation(anyKey);
        select.setId(id);
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(v -> v == null ? any : label.apply(v));
    }

    static void date(DatePicker picker, String id, String labelKey, Component owner) {
        picker.setId(id);
        picker.setLabel(owner.getTranslation(labelKey));
        picker.setClearButtonVisible(true);
    }
}

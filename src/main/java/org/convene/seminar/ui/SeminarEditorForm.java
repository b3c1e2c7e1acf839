package org.convene.seminar.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.convene.base.ui.Limits;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Formats;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.Theme;
import org.convene.seminar.Visibility;

/**
 * The organiser's form for one seminar (the CRM tutorial's form component): a {@link Binder} on the
 * {@link SeminarForm} record shows one and reads one back, with every problem on its field at once;
 * it fires {@link SaveEvent} or {@link CancelEvent}; the view calls the service, which validates
 * again and whose refusals come back through {@link #showError(ConveneException)} onto the field at fault.
 * (Named ...EditorForm: {@code org.convene.seminar.SeminarForm} is the record it edits.)
 */
public class SeminarEditorForm extends FormLayout {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final RadioButtonGroup<SeminarFormat> format = new RadioButtonGroup<>();
    final TextField venueName = new TextField();
    final TextField venueAddress = new TextField();
    final TextField venueCity = new TextField();
    final ComboBox<String> venueCountry = new ComboBox<>();
    final TextField onlineLink = new TextField();
    final ComboBox<String> timeZone = new ComboBox<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final IntegerField capacity = new IntegerField();
    final DateTimePicker registrationOpensAt = new DateTimePicker();
    final DateTimePicker registrationClosesAt = new DateTimePicker();
    final Checkbox approvalRequired = new Checkbox();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final Button save = new Button();
    final Button cancel = new Button();
    private final FormErrors errors = new FormErrors(this);
    private final Binder<SeminarForm> binder = new Binder<>(SeminarForm.class);
    private boolean triedSaving;

    public SeminarEditorForm() {
        addClassName("seminar-editor-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
        var locale = getLocale();

        text(title, "seminar-title", "seminar.field.title", SeminarForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        summary.setId("seminar-summary");
        summary.setLabel(getTranslation("seminar.field.summary"));
        Limits.limit(summary, SeminarForm.SUMMARY_MAX);
        summary.setManualValidation(true);
        description.setId("seminar-description");
        description.setLabel(getTranslation("seminar.field.description"));
        Limits.limit(description, SeminarForm.DESCRIPTION_MAX);
        description.setMinHeight("8em");
        description.setManualValidation(true);

        themes.setId("seminar-themes");
        themes.setLabel(getTranslation("seminar.field.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(t -> SeminarLabels.theme(this, t));
        themes.setRequiredIndicatorVisible(true);
        themes.setManualValidation(true);
        themes.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        themes.setSelectedItemsOnTop(true);

        format.setId("seminar-format");
        format.setLabel(getTranslation("seminar.field.format"));
        format.setItems(SeminarFormat.values());
        format.setItemLabelGenerator(f -> SeminarLabels.format(this, f));
        format.setRequiredIndicatorVisible(true);
        format.addValueChangeListener(e -> showPlaceFields());

        text(venueName, "seminar-venue-name", "seminar.field.venue-name", SeminarForm.VENUE_NAME_MAX);
        text(venueAddress, "seminar-venue-address", "seminar.field.venue-address", SeminarForm.VENUE_ADDRESS_MAX);
        text(venueCity, "seminar-venue-city", "seminar.field.venue-city", SeminarForm.CITY_MAX);
        venueCountry.setId("seminar-venue-country");
        venueCountry.setLabel(getTranslation("seminar.field.venue-country"));
        venueCountry.setItems(SeminarLabels.countryCodes(locale));
        venueCountry.setItemLabelGenerator(code -> SeminarLabels.country(code, getLocale()));
        venueCountry.setManualValidation(true);
        text(onlineLink, "seminar-online-link", "seminar.field.online-link", SeminarForm.LINK_MAX);
        onlineLink.setPlaceholder("https://");

        timeZone.setId("seminar-time-zone");
        timeZone.setLabel(getTranslation("seminar.field.time-zone"));
        timeZone.setItems(SeminarLabels.zoneIds());
        timeZone.setItemLabelGenerator(z -> Formats.zoneName(ZoneId.of(z), getLocale()));
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setManualValidation(true);
        timeZone.addValueChangeListener(e -> showZone());

        dateTime(startsAt, "seminar-starts-at", "seminar.field.starts-at");
        dateTime(endsAt, "seminar-ends-at", "seminar.field.ends-at");
        startsAt.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && endsAt.isEmpty()) {
                endsAt.setValue(e.getValue().plusHours(8));
            }
        });

        languages.setId("seminar-languages");
        languages.setLabel(getTranslation("seminar.field.languages"));
        languages.setItems(SeminarLabels.languageCodes(locale));
        languages.setItemLabelGenerator(code -> SeminarLabels.language(code, getLocale()));
        languages.setRequiredIndicatorVisible(true);
        languages.setManualValidation(true);
        languages.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        languages.setSelectedItemsOnTop(true);

        capacity.setId("seminar-capacity");
        capacity.setLabel(getTranslation("seminar.field.capacity"));
        capacity.setMin(1);
        capacity.setMax(SeminarForm.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        capacity.setRequiredIndicatorVisible(true);
        capacity.setManualValidation(true);

        dateTime(registrationOpensAt, "seminar-registration-opens-at", "seminar.field.registration-opens-at");
        dateTime(registrationClosesAt, "seminar-registration-closes-at", "seminar.field.registration-closes-at");

        approvalRequired.setId("seminar-approval-required");
        approvalRequired.setLabel(getTranslation("seminar.field.approval-required"));

        visibility.setId("seminar-visibility");
        visibility.setLabel(getTranslation("seminar.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("seminar.visibility." + v.name() + ".help"));

        errors.field("title", title).field("summary", summary).field("description", description)
                .field("themes", themes).field("format", format).field("venueName", venueName)
                .field("venueAddress", venueAddress).field("venueCity", venueCity)
                .field("venueCountry", venueCountry).field("onlineLink", onlineLink).field("timeZone", timeZone)
                .field("startsAt", startsAt).field("endsAt", endsAt).field("languages", languages)
                .field("capacity", capacity).field("registrationOpensAt", registrationOpensAt)
                .field("registrationClosesAt", registrationClosesAt).field("visibility", visibility);

        save.setId("seminar-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveIfValid());
        cancel.setId("seminar-cancel-edit");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        var buttons = new HorizontalLayout(save, cancel);
        add(section("seminar.section.about"), title, themes, summary, description);
        add(section("seminar.section.place"), format, timeZone, venueName, venueAddress, venueCity, venueCountry, onlineLink);
        add(section("seminar.section.time"), startsAt, endsAt);
        add(section("seminar.section.registration"), capacity, languages, registrationOpensAt, registrationClosesAt,
                approvalRequired, visibility);
        add(buttons);
        setColspan(title, 2);
        setColspan(themes, 2);
        setColspan(summary, 2);
        setColspan(description, 2);
        setColspan(onlineLink, 2);
        setColspan(buttons, 2);
        showPlaceFields();
        bind();
    }

    /**
     * Every field through one {@link Binder} on the record: Save shows all problems at once on their
     * fields and keeps what was typed; the service checks everything again (and has the last word on
     * what only it knows, such as a start in the past after the clock moved).
     */
    private void bind() {
        // The fields' own checks (min, max length) come without words; ours say what is wrong.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(title).asRequired(getTranslation("validation.required")).bind("title");
        binder.forField(summary).bind("summary");
        binder.forField(description).bind("description");
        binder.forField(themes).withValidator(t -> t != null && !t.isEmpty(), getTranslation("seminar.themes.required"))
                .bind("themes");
        binder.forField(format).asRequired(getTranslation("validation.required")).bind("format");
        binder.forField(venueName).withValidator(v -> !needsVenue() || !v.isBlank(), getTranslation("validation.required"))
                .bind("venueName");
        binder.forField(venueAddress).bind("venueAddress");
        binder.forField(venueCity).withValidator(v -> !needsVenue() || !v.isBlank(), getTranslation("validation.required"))
                .bind("venueCity");
        binder.forField(venueCountry).withValidator(v -> !needsVenue() || v != null && !v.isBlank(),
                getTranslation("validation.required")).bind("venueCountry");
        binder.forField(onlineLink).withValidator(v -> !needsLink() || v.matches("(?i)https?://[^\\s/]+.*"),
                getTranslation("seminar.link.invalid")).bind("onlineLink");
        binder.forField(timeZone).asRequired(getTranslation("validation.time-zone")).bind("timeZone");
        binder.forField(startsAt).asRequired(getTranslation("validation.required")).bind("startsAt");
        binder.forField(endsAt).asRequired(getTranslation("validation.required"))
                .withValidator(end -> startsAt.getValue() == null || end.isAfter(startsAt.getValue()),
                        getTranslation("seminar.end.before-start"))
                .bind("endsAt");
        binder.forField(languages).withValidator(l -> l != null && !l.isEmpty(), getTranslation("seminar.languages.required"))
                .bind("languages");
        binder.forField(capacity).asRequired(getTranslation("validation.required"))
                .withValidator(c -> c >= 1 && c <= SeminarForm.CAPACITY_MAX, getTranslation("seminar.capacity.range", SeminarForm.CAPACITY_MAX))
                .bind("capacity");
        binder.forField(registrationOpensAt).asRequired(getTranslation("validation.required")).bind("registrationOpensAt");
        binder.forField(registrationClosesAt).asRequired(getTranslation("validation.required"))
                .withValidator(c -> registrationOpensAt.getValue() == null || c.isAfter(registrationOpensAt.getValue()),
                        getTranslation("seminar.window.reversed"))
                .withValidator(c -> startsAt.getValue() == null || !c.isAfter(startsAt.getValue()),
                        getTranslation("seminar.window.after-start"))
                .bind("registrationClosesAt");
        binder.forField(approvalRequired).bind("approvalRequired");
        binder.forField(visibility).bind("visibility");
        // A change of one field can settle another's problem (the end after a new start, the venue after a new format).
        format.addValueChangeListener(e -> revalidateAfterSaveAttempt());
        startsAt.addValueChangeListener(e -> revalidateAfterSaveAttempt());
        registrationOpensAt.addValueChangeListener(e -> revalidateAfterSaveAttempt());
    }

    private void revalidateAfterSaveAttempt() {
        if (triedSaving) {
            binder.validate();
        }
    }

    private boolean needsVenue() {
        return format.getValue() == null || format.getValue().hasVenue();
    }

    private boolean needsLink() {
        return format.getValue() != null && format.getValue().hasOnlineLink();
    }

    /** Shows every problem at once; only a form without any goes to the view (and the service). */
    private void saveIfValid() {
        errors.clear();
        triedSaving = true;
        try {
            fireEvent(new SaveEvent(this, binder.writeRecord()));
        } catch (ValidationException e) {
            binder.validate();
        }
    }

    private H3 section(String key) {
        var heading = new H3(getTranslation(key));
        setColspan(heading, 2);
        return heading;
    }

    private void text(TextField field, String id, String label, int max) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        Limits.limit(field, max);
        field.setManualValidation(true);
    }

    private void dateTime(DateTimePicker field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setStep(Duration.ofMinutes(15));
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.setLocale(getLocale());
    }

    /** Venue fields for in-person and hybrid seminars, the online link for online and hybrid ones. */
    private void showPlaceFields() {
        var f = format.getValue();
        var venue = f == null || f.hasVenue();
        var online = f != null && f.hasOnlineLink();
        venueName.setVisible(venue);
        venueAddress.setVisible(venue);
        venueCity.setVisible(venue);
        venueCountry.setVisible(venue);
        venueName.setRequiredIndicatorVisible(venue);
        venueCity.setRequiredIndicatorVisible(venue);
        venueCountry.setRequiredIndicatorVisible(venue);
        onlineLink.setVisible(online);
        onlineLink.setRequiredIndicatorVisible(online);
    }

    /** Times are wall-clock times of the seminar's zone: say which. */
    private void showZone() {
        var zone = timeZone.getValue();
        var help = zone == null ? getTranslation("seminar.field.time.pick-zone")
                : getTranslation("seminar.field.time.in-zone", zone);
        for (var picker : Arrays.asList(startsAt, endsAt, registrationOpensAt, registrationClosesAt)) {
            picker.setHelperText(help);
        }
    }

    /** Shows a seminar's values (or a new seminar's defaults). */
    public void setValue(SeminarForm f) {
        clearErrors();
        triedSaving = false;
        binder.readRecord(new SeminarForm(nz(f.title()), nz(f.summary()), nz(f.description()),
                f.themes() == null ? Set.of() : f.themes(), f.format(),
                nz(f.venueName()), nz(f.venueAddress()), nz(f.venueCity()),
                f.venueCountry() == null || f.venueCountry().isBlank() ? null : f.venueCountry(), nz(f.onlineLink()),
                f.timeZone(), f.startsAt(), f.endsAt(), f.languages() == null ? Set.of() : f.languages(), f.capacity(), f.registrationOpensAt(),
                f.registrationClosesAt(), f.approvalRequired(), f.visibility() == null ? Visibility.PUBLIC : f.visibility()));
        showPlaceFields();
        showZone();
    }

    /** A refusal from the service, on its field (or as a notification when it names none). */
    public void showError(ConveneException e) {
        errors.show(e);
    }

    public void clearErrors() {
        errors.clear();
        binder.getFields().forEach(f -> {
            if (f instanceof com.vaadin.flow.component.HasValidation v) {
                v.setInvalid(false);
            }
        });
    }

    /** Shown but not editable, e.g. for a cancelled seminar. */
    public void setReadOnly(boolean readOnly) {
        getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasValue<?, ?>)
                .forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(readOnly));
        save.setEnabled(!readOnly);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The organiser asks to save what the form shows. */
    public static class SaveEvent extends ComponentEvent<SeminarEditorForm> {
        private final SeminarForm value;

        SaveEvent(SeminarEditorForm source, SeminarForm value) {
            super(source, false);
            this.value = value;
        }

        public SeminarForm getValue() {
            return value;
        }
    }

    /** The organiser leaves without saving. */
    public static class CancelEvent extends ComponentEvent<SeminarEditorForm> {
        CancelEvent(SeminarEditorForm source) {
            super(source, false);
        }
    }
}

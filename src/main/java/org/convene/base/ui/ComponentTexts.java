package org.convene.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The texts Vaadin components bring themselves (a date picker's months, days, "Today" and "Cancel",
 * an upload's "Upload File…", a grid with no rows, a combo box's announcements) from Convene's
 * bundles, in the reader's language; and a live count under every text field with a length limit
 * ({@link Limits}, for a field its view did not limit through it), so that nothing typed is cut silently. Applied to the whole page after each navigation and before each
 * answer to the browser ({@link ComponentTextsInit}), so views, forms shown later and dialogs all
 * get them without each view asking. A component given its own texts by its view keeps them.
 */
public final class ComponentTexts {

    private static final String DONE = "convene.component-texts";

    private ComponentTexts() {
    }

    /** Gives every component under {@code root} (itself included) its texts in the UI's language. */
    public static void localize(Component root) {
        var locale = root.getUI().map(UI::getLocale).orElseGet(Viewer::locale);
        descendants(root).forEach(c -> localizeOne(c, locale));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ComponentTexts::descendants));
    }

    private static void localizeOne(Component c, Locale locale) {
        if (locale.equals(ComponentUtil.getData(c, DONE))) {
            return;
        }
        ComponentUtil.setData(c, DONE, locale);
        switch (c) {
            case DatePicker picker -> {
                picker.setLocale(locale);
                picker.setI18n(datePicker(locale));
            }
            case DateTimePicker picker -> {
                picker.setLocale(locale);
                picker.setDatePickerI18n(datePicker(locale));
                picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                        .setDateLabel(t(locale, "component.datetime.date-label"))
                        .setTimeLabel(t(locale, "component.datetime.time-label"))
                        .setBadInputErrorMessage(t(locale, "component.date.bad-input"))
                        .setMinErrorMessage(t(locale, "component.date.min"))
                        .setMaxErrorMessage(t(locale, "component.date.max"))
                        .setRequiredErrorMessage(t(locale, "component.date.required")));
            }
            case TimePicker picker -> {
                picker.setLocale(locale);
                picker.setI18n(new TimePicker.TimePickerI18n().setBadInputErrorMessage(t(locale, "component.time.bad-input")));
            }
            case Upload upload -> {
                if (upload.getI18n() == null) {
                    upload.setI18n(upload(locale));
                }
            }
            case Grid<?> grid -> {
                if (grid.getEmptyStateText() == null && grid.getEmptyStateComponent() == null) {
                    grid.setEmptyStateText(t(locale, "component.grid.empty"));
                }
            }
            case MultiSelectComboBox<?> combo -> combo.setI18n(new MultiSelectComboBoxI18n()
                    .setCleared(t(locale, "component.combo.cleared"))
                    .setSelected(t(locale, "component.combo.selected"))
                    .setDeselected(t(locale, "component.combo.deselected"))
                    .setTotal(t(locale, "component.combo.total")));
            case TextField field when field.getMaxLength() > 0 -> Limits.limit(field, field.getMaxLength());
            case TextArea area when area.getMaxLength() > 0 -> Limits.limit(area, area.getMaxLength());
            case PasswordField field when field.getMaxLength() > 0 -> Limits.limit(field, field.getMaxLength());
            case EmailField field when field.getMaxLength() > 0 -> Limits.limit(field, field.getMaxLength());
            default -> {
                // No texts of its own.
            }
        }
        if (c instanceof ComboBox<?> combo && combo.getI18n() == null) {
            combo.setI18n(new ComboBox.ComboBoxI18n().setRequiredErrorMessage(t(locale, "validation.required")));
        }
    }

    static DatePicker.DatePickerI18n datePicker(Locale locale) {
        var firstDay = WeekFields.of(locale.getCountry().isEmpty() && "fr".equals(locale.getLanguage())
                ? Locale.FRANCE : locale.getCountry().isEmpty() ? Locale.UK : locale).getFirstDayOfWeek();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(locale, "component.date.months"))
                .setWeekdays(list(locale, "component.date.weekdays"))
                .setWeekdaysShort(list(locale, "component.date.weekdays-short"))
                .setFirstDayOfWeek(firstDay == DayOfWeek.SUNDAY ? 0 : firstDay.getValue())
                .setToday(t(locale, "component.date.today"))
                .setCancel(t(locale, "component.date.cancel"))
                .setBadInputErrorMessage(t(locale, "component.date.bad-input"))
                .setMinErrorMessage(t(locale, "component.date.min"))
                .setMaxErrorMessage(t(locale, "component.date.max"))
                .setRequiredErrorMessage(t(locale, "component.date.required"));
    }

    static UploadI18N upload(Locale locale) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(locale, "component.upload.drop-file"))
                .setMany(t(locale, "component.upload.drop-files")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(locale, "component.upload.add-file"))
                .setMany(t(locale, "component.upload.add-files")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(locale, "component.upload.too-many"))
                .setFileIsTooBig(t(locale, "component.upload.too-big"))
                .setIncorrectFileType(t(locale, "component.upload.wrong-type")));
        i18n.setFile(new UploadI18N.File().setRemove(t(locale, "component.upload.remove"))
                .setRetry(t(locale, "component.upload.retry")).setStart(t(locale, "component.upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(locale, "component.upload.connecting"))
                        .setProcessing(t(locale, "component.upload.processing"))
                        .setHeld(t(locale, "component.upload.held"))
                        .setStalled(t(locale, "component.upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(locale, "component.upload.remaining") + " ")
                        .setUnknown(t(locale, "component.upload.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(locale, "component.upload.server-unavailable"))
                        .setUnexpectedServerError(t(locale, "component.upload.unexpected"))
                        .setForbidden(t(locale, "component.upload.forbidden"))
                        .setFileTooLarge(t(locale, "component.upload.too-big"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    private static List<String> list(Locale locale, String key) {
        return Arrays.asList(t(locale, key).split(","));
    }

    private static String t(Locale locale, String key, Object... params) {
        return I18NProvider.translate(locale, key, params);
    }
}

package org.convene.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.document.DocumentService;
import org.convene.document.ItemDetails;
import org.convene.document.ItemRow;

/** An item's title, description, language and visibility; a new link. */
final class ItemDialog {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int URL_MAX = 2000;

    /** What the binder reads back. */
    private static final class Draft {
        String url = "";
        String title = "";
        String description = "";
        String language;
        org.convene.document.DocumentVisibility visibility;
    }

    private ItemDialog() {
    }

    static Dialog edit(Component owner, DocumentService documents, ItemRow row, Runnable done) {
        return open(owner, row, null, (details, url) -> documents.describe(row.id(), details), done);
    }

    static Dialog link(Component owner, DocumentService documents, long folderId, Runnable done) {
        return open(owner, null, "", (details, url) -> documents.addLink(folderId, url, details), done);
    }

    @FunctionalInterface
    private interface Save {
        void save(ItemDetails details, String url);
    }

    private static Dialog open(Component owner, ItemRow row, String initialUrl, Save action, Runnable done) {
        var dialog = new Dialog();
        dialog.setId("document-item-dialog");
        dialog.setHeaderTitle(owner.getTranslation(row == null ? "document.link.add" : "document.edit"));
        var url = new TextField(owner.getTranslation("document.link.url"));
        url.setId("document-item-url");
        Limits.limit(url, URL_MAX);
        url.setPlaceholder("https://");
        url.setVisible(initialUrl != null);
        var title = new TextField(owner.getTranslation("document.title"));
        title.setId("document-item-title");
        Limits.limit(title, TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        var description = new TextArea(owner.getTranslation("document.description"));
        description.setId("document-item-description");
        Limits.limit(description, DESCRIPTION_MAX);
        var language = new ComboBox<String>(owner.getTranslation("document.language"));
        language.setId("document-item-language");
        language.setItems(Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing(l -> Locale.forLanguageTag(l).getDisplayLanguage(com.vaadin.flow.component.UI.getCurrent().getLocale()))).toList());
        language.setItemLabelGenerator(l -> Locale.forLanguageTag(l).getDisplayLanguage(com.vaadin.flow.component.UI.getCurrent().getLocale()));
        language.setClearButtonVisible(true);
        var visibility = FolderDialog.visibilitySelect(owner, true);
        visibility.setId("document-item-visibility");
        // One binder: every problem at once on its field, what was typed kept; the service checks again.
        var binder = new Binder<Draft>();
        binder.setDefaultValidatorsEnabled(false);
        if (initialUrl != null) {
            binder.forField(url).withValidator(Rules.line(owner, URL_MAX, true))
                    .withValidator(Rules.rule(owner, v -> v.strip().matches("(?i)https?://[^\\s/?#]+.*"), "document.link.invalid"))
                    .bind(d -> d.url, (d, v) -> d.url = v);
        }
        binder.forField(title).withValidator(Rules.line(owner, TITLE_MAX, true)).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(description).withValidator(Rules.text(owner, DESCRIPTION_MAX, false))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(language).bind(d -> d.language, (d, v) -> d.language = v);
        binder.forField(visibility).bind(d -> d.visibility, (d, v) -> d.visibility = v);
        var shown = new Draft();
        shown.url = initialUrl == null ? "" : initialUrl;
        if (row != null) {
            shown.title = row.title();
            shown.description = row.description();
            shown.language = row.language().isBlank() ? null : row.language();
            shown.visibility = row.ownVisibility() ? row.visibility() : null;
        }
        binder.readBean(shown);
        var errors = new FormErrors(owner).field("title", title).field("description", description)
                .field("language", language).field("url", url);
        var save = new Button(owner.getTranslation("action.save"), e -> {
            errors.clear();
            var d = new Draft();
            if (!binder.writeBeanIfValid(d)) {
                binder.validate();
                return;
            }
            try {
                action.save(new ItemDetails(d.title, d.description, d.language == null ? "" : d.language, d.visibility), d.url);
            } catch (ConveneException ex) {
                errors.show(ex);
                return;
            }
            dialog.close();
            Notifications.success(owner.getTranslation("document.saved"));
            done.run();
        });
        save.setId("document-item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(url, title, language, visibility, description);
        form.setColspan(description, 2);
        form.setColspan(url, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}

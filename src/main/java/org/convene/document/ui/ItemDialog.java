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
        Limits.limit(url, 2000);
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
        if (row != null) {
            title.setValue(row.title());
            description.setValue(row.description());
            language.setValue(row.language().isBlank() ? null : row.language());
            visibility.setValue(row.ownVisibility() ? row.visibility() : null);
        }
        var errors = new FormErrors(owner).field("title", title).field("description", description)
                .field("language", language).field("url", url);
        var save = new Button(owner.getTranslation("action.save"), e -> {
            errors.clear();
            try {
                action.save(new ItemDetails(title.getValue(), description.getValue(),
                        language.getValue() == null ? "" : language.getValue(), visibility.getValue()), url.getValue());
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

package org.convene.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;
import org.convene.document.DocumentVisibility;
import org.convene.document.ItemKind;
import org.convene.document.ItemRow;

/** Texts, sizes, icons and URLs the document views share. */
final class DocumentLabels {

    private DocumentLabels() {
    }

    /** A folder's name in the reader's language when it is one of the default folders; else as named. */
    static String folderName(Component c, String name) {
        return org.convene.document.FolderNames.translationKey(name).map(c::getTranslation).orElse(name);
    }

    static String visibility(Component c, DocumentVisibility v) {
        return c.getTranslation("document.visibility." + v.name());
    }

    /** "1.2 MB", "340 KB", "12 B" ("1,2 Mo" in French) with the reader's decimal separator. */
    static String size(Component c, long bytes) {
        var locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH : com.vaadin.flow.component.UI.getCurrent().getLocale();
        if (bytes < 1024) {
            return c.getTranslation("document.unit.B", bytes);
        }
        if (bytes < 1024 * 1024) {
            return c.getTranslation("document.unit.KB", String.format(locale, "%.0f", bytes / 1024.0));
        }
        if (bytes < 1024L * 1024 * 1024) {
            return c.getTranslation("document.unit.MB", String.format(locale, "%.1f", bytes / (1024.0 * 1024)));
        }
        return c.getTranslation("document.unit.GB", String.format(locale, "%.2f", bytes / (1024.0 * 1024 * 1024)));
    }

    static Icon icon(ItemRow row) {
        if (row.kind() == ItemKind.LINK) {
            return VaadinIcon.EXTERNAL_LINK.create();
        }
        var type = row.mediaType() == null ? "" : row.mediaType();
        VaadinIcon icon;
        if (type.equals("application/pdf")) {
            icon = VaadinIcon.FILE_TEXT_O;
        } else if (type.startsWith("image/")) {
            icon = VaadinIcon.FILE_PICTURE;
        } else if (type.contains("spreadsheet") || type.contains("excel") || type.equals("text/csv")) {
            icon = VaadinIcon.FILE_TABLE;
        } else if (type.contains("presentation") || type.contains("powerpoint")) {
            icon = VaadinIcon.FILE_PRESENTATION;
        } else if (type.equals("application/zip")) {
            icon = VaadinIcon.FILE_ZIP;
        } else {
            icon = VaadinIcon.FILE_O;
        }
        return icon.create();
    }

    static String downloadUrl(long itemId, Integer version, boolean inline) {
        var url = "api/public/documents/items/" + itemId;
        var sep = "?";
        if (version != null) {
            url += sep + "v=" + version;
            sep = "&";
        }
        return inline ? url + sep + "inline=true" : url;
    }

    static String zipUrl(long folderId) {
        return "api/public/documents/folders/" + folderId + "/zip";
    }

    /** Upload's own texts in the reader's language. */
    static UploadI18N uploadI18n(Component c) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("document.upload.drop-one"))
                .setMany(c.getTranslation("document.upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("document.upload.add-one"))
                .setMany(c.getTranslation("document.upload.add-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("document.upload.too-many"))
                .setFileIsTooBig(c.getTranslation("document.upload.too-big"))
                .setIncorrectFileType(c.getTranslation("document.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("document.upload.connecting"))
                        .setStalled(c.getTranslation("document.upload.stalled"))
                        .setProcessing(c.getTranslation("document.upload.processing"))
                        .setHeld(c.getTranslation("document.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("document.upload.remaining"))
                        .setUnknown(c.getTranslation("document.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("document.upload.server-unavailable"))
                        .setUnexpectedServerError(c.getTranslation("document.upload.server-error"))
                        .setForbidden(c.getTranslation("document.upload.forbidden"))
                        .setFileTooLarge(c.getTranslation("document.upload.too-big"))));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("document.upload.retry"))
                .setStart(c.getTranslation("document.upload.start"))
                .setRemove(c.getTranslation("document.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}

package org.convene.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import org.convene.document.ItemRow;

/** A PDF (the browser's own viewer, which reads it by Range requests) or an image, inline. */
class PreviewDialog extends Dialog {

    PreviewDialog(ItemRow row) {
        setId("document-preview");
        setHeaderTitle(row.title());
        addClassName("document-preview");
        setWidth("min(1000px, 96vw)");
        setHeight("90vh");
        var url = DocumentLabels.downloadUrl(row.id(), null, true);
        if (row.mediaType() != null && row.mediaType().startsWith("image/")) {
            var image = new Image(url, row.title());
            image.addClassName("document-preview-image");
            add(image);
        } else {
            var frame = new IFrame(url);
            frame.addClassName("document-preview-frame");
            frame.setTitle(row.title());
            add(frame);
        }
        var download = new Anchor(DocumentLabels.downloadUrl(row.id(), null, false), getTranslation("document.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        getFooter().add(download, new Button(getTranslation("action.close"), e -> close()));
    }
}

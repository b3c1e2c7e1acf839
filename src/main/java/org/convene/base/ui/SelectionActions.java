package org.convene.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The actions on a list's selection: a row of buttons on a desk, one "Actions" menu on a phone (a window narrower
 * than {@link MoreFilters#PHONE} px, followed as it is resized), where the buttons wrapped over several lines
 * above the list. Each button added here gets an item ({@code <button id>-item}) that clicks it, enabled exactly
 * when the button is ({@link #enable}); the menu is enabled when one of them is. Place this component beside the
 * buttons; it hides one or the other.
 */
public class SelectionActions extends MenuBar {

    private final MenuItem root;
    private final Map<Button, MenuItem> items = new LinkedHashMap<>();
    private Registration resize;

    public SelectionActions(String id) {
        setId(id);
        root = addItem(getTranslation("action.menu"));
        root.add(VaadinIcon.CHEVRON_DOWN_SMALL.create());
        setVisible(false);
    }

    /** The buttons, each with its text and id already set, also as items of the menu, in this order. */
    public void addActions(Button... buttons) {
        for (var button : buttons) {
            var item = root.getSubMenu().addItem(button.getText(), e -> {
                if (button.isEnabled()) {
                    button.click();
                }
            });
            button.getId().ifPresent(id -> item.setId(id + "-item"));
            item.setEnabled(button.isEnabled());
            items.put(button, item);
        }
        root.setEnabled(items.values().stream().anyMatch(MenuItem::isEnabled));
    }

    /** Enables or disables the button and its item together. */
    public void enable(Button button, boolean enabled) {
        button.setEnabled(enabled);
        var item = items.get(button);
        if (item == null) {
            throw new IllegalArgumentException("Not one of these actions: " + button.getId().orElse(button.getText()));
        }
        item.setEnabled(enabled);
        root.setEnabled(items.values().stream().anyMatch(MenuItem::isEnabled));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }

    /** A phone shows the menu, a desk (or a width not known) the buttons. */
    private void fit(int width) {
        var phone = width > 0 && width < MoreFilters.PHONE;
        items.keySet().forEach(b -> b.setVisible(!phone));
        setVisible(phone);
    }
}

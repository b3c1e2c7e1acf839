package org.convene.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The filters of a list besides its search, in a panel whose summary says how many are set ("More filters (2 set)"),
 * so that a closed panel still shows that the list is filtered. Open on a desk; closed when the window is narrower
 * than {@link #PHONE} px, read once per view (after that the panel stays as the person left it): on a phone the
 * filters, one per line, pushed the list itself below the first screen. A field counts as set when it is not
 * empty (a check box when it is ticked).
 */
public class MoreFilters extends Details {

    /** Narrower windows are phones. */
    public static final int PHONE = 600;

    private final List<HasValue<?, ?>> fields;
    private boolean sized;

    /** {@code fields} are components, laid out in a row that wraps. */
    public MoreFilters(String id, HasValue<?, ?>... fields) {
        this.fields = List.of(fields);
        setId(id);
        var row = new HorizontalLayout();
        this.fields.forEach(f -> row.add((Component) f));
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
        setOpened(true);
        this.fields.forEach(f -> f.addValueChangeListener(e -> summarise()));
        summarise();
    }

    /** How many of the filters are set. */
    public long set() {
        return fields.stream().filter(f -> !f.isEmpty()).count();
    }

    private void summarise() {
        setSummaryText(getTranslation("filter.more", set()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        summarise(); // in the UI's language, should it have changed
        if (!sized) {
            sized = true;
            event.getUI().getPage().retrieveExtendedClientDetails(details -> {
                if (details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < PHONE) {
                    setOpened(false);
                }
            });
        }
    }
}

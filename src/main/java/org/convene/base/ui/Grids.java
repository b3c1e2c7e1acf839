package org.convene.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grids that read well on a laptop and on a phone: every column as wide as its content, the main
 * one taking the room left (and cut, whole in its tooltip, when there is none), and on a narrower
 * window only the columns that matter there: the secondary ones go under {@value #NARROW} px (a
 * phone), and a grid with many columns can name those that go under a wider window
 * ({@link #hideBelow}), so that nothing needs a sideways scroll at 1280 px.
 */
public final class Grids {

    static final int NARROW = 600;
    /** The main column's least width before it is cut. */
    static final String MAIN_MIN_WIDTH = "12rem";
    private static final String RULES = "convene.grid.hide-below";

    private Grids() {
    }

    /** Sizes the columns to their content and lets {@code mainKey} grow; {@code secondaryKeys} hide on a phone. */
    public static void fit(Grid<?> grid, String mainKey, String... secondaryKeys) {
        for (var column : grid.getColumns()) {
            column.setAutoWidth(true);
            column.setFlexGrow(0);
            column.setResizable(true);
        }
        var main = grid.getColumnByKey(mainKey);
        if (main != null) {
            // Not sized to its content: it takes what the others leave, so they are never pushed out of sight.
            main.setAutoWidth(false);
            main.setWidth(MAIN_MIN_WIDTH);
            main.setFlexGrow(1);
        }
        hideBelow(grid, NARROW, secondaryKeys);
        grid.addAttachListener(attach -> {
            var ui = attach.getUI();
            // Known at once when the browser has told it already, else as soon as it does.
            ui.getPage().retrieveExtendedClientDetails(details -> showFor(grid, details.getWindowInnerWidth()));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> showFor(grid, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** These columns show only in a window at least {@code width} px wide (with {@link #fit}). */
    public static void hideBelow(Grid<?> grid, int width, String... keys) {
        var rules = rules(grid);
        for (var key : keys) {
            rules.merge(key, width, Math::max);
        }
    }

    /** A text column whose whole text shows in a tooltip when the column is too narrow for it. */
    public static <T> Grid.Column<T> textColumn(Grid<T> grid, SerializableFunction<T, String> text) {
        var column = grid.addColumn(text::apply);
        column.setTooltipGenerator(text::apply);
        return column;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> rules(Grid<?> grid) {
        var rules = (Map<String, Integer>) ComponentUtil.getData(grid, RULES);
        if (rules == null) {
            rules = new LinkedHashMap<>();
            ComponentUtil.setData(grid, RULES, rules);
        }
        return rules;
    }

    static void showFor(Grid<?> grid, int width) {
        rules(grid).forEach((key, least) -> {
            var column = grid.getColumnByKey(key);
            if (column != null) {
                column.setVisible(width <= 0 || width >= least);
            }
        });
    }
}

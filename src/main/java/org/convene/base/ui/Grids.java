package org.convene.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
    /** The same on a phone, where every pixel counts. */
    static final String MAIN_MIN_WIDTH_NARROW = "8rem";
    private static final String RULES = "convene.grid.hide-below";
    private static final String MAIN = "convene.grid.main";
    private static final String NARROW_WIDTHS = "convene.grid.narrow-widths";
    private static final String WRAPPED = "convene.grid.wrapped";

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
            ComponentUtil.setData(grid, MAIN, mainKey);
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

    /**
     * On a phone this column gets a fixed {@code width} (its content wraps) instead of its content's
     * width: for a column of buttons that would otherwise push the grid wider than the screen.
     */
    @SuppressWarnings("unchecked")
    public static void narrowWidth(Grid<?> grid, String key, String width) {
        var widths = (Map<String, String>) ComponentUtil.getData(grid, NARROW_WIDTHS);
        if (widths == null) {
            widths = new LinkedHashMap<>();
            ComponentUtil.setData(grid, NARROW_WIDTHS, widths);
        }
        widths.put(key, width);
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

    @SuppressWarnings("unchecked")
    static void showFor(Grid<?> grid, int width) {
        rules(grid).forEach((key, least) -> {
            var column = grid.getColumnByKey(key);
            if (column != null) {
                column.setVisible(width <= 0 || width >= least);
            }
        });
        var narrow = width > 0 && width < NARROW;
        // No pointer to hover a tooltip on a phone: long text wraps instead of being cut.
        var wrap = GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName();
        if (narrow && !grid.getThemeNames().contains(wrap)) {
            grid.addThemeName(wrap);
            ComponentUtil.setData(grid, WRAPPED, Boolean.TRUE);
        } else if (!narrow && ComponentUtil.getData(grid, WRAPPED) != null) {
            grid.removeThemeName(wrap);
            ComponentUtil.setData(grid, WRAPPED, null);
        }
        var mainKey = (String) ComponentUtil.getData(grid, MAIN);
        var main = mainKey == null ? null : grid.getColumnByKey(mainKey);
        if (main != null) {
            main.setWidth(narrow ? MAIN_MIN_WIDTH_NARROW : MAIN_MIN_WIDTH);
        }
        var widths = (Map<String, String>) ComponentUtil.getData(grid, NARROW_WIDTHS);
        if (widths != null) {
            widths.forEach((key, w) -> {
                var column = grid.getColumnByKey(key);
                if (column != null) {
                    column.setAutoWidth(!narrow);
                    column.setWidth(narrow ? w : null);
                }
            });
        }
    }
}

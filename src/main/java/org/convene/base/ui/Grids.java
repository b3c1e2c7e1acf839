package org.convene.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.Set;

/**
 * Grids that read well on a laptop and on a phone: every column as wide as its content, the main
 * one taking the room left, long text whole in a tooltip, and on a narrow screen (under 600 px)
 * only the columns that matter there.
 */
public final class Grids {

    static final int NARROW = 600;

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
            main.setFlexGrow(1);
        }
        var secondary = Set.of(secondaryKeys);
        if (secondary.isEmpty()) {
            return;
        }
        grid.addAttachListener(attach -> {
            var ui = attach.getUI();
            var width = ui.getPage().getExtendedClientDetails().getWindowInnerWidth();
            showFor(grid, secondary, width);
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> showFor(grid, secondary, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** A text column whose whole text shows in a tooltip when the column is too narrow for it. */
    public static <T> Grid.Column<T> textColumn(Grid<T> grid, SerializableFunction<T, String> text) {
        var column = grid.addColumn(text::apply);
        column.setTooltipGenerator(text::apply);
        return column;
    }

    static void showFor(Grid<?> grid, Set<String> secondary, int width) {
        var narrow = width > 0 && width < NARROW;
        secondary.forEach(key -> {
            var column = grid.getColumnByKey(key);
            if (column != null) {
                column.setVisible(!narrow);
            }
        });
    }
}

package org.convene.agenda.ui;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.convene.agenda.AgendaDraft;
import org.convene.base.ui.Formats;

/**
 * The agenda editor's days, one tab each: the seminar's days, plus any day that still holds items
 * after the seminar was rescheduled (marked ⚠), so that the organiser can see and move them
 * (publishing refuses items outside the dates).
 */
class AgendaDayTabs extends Tabs {

    private final List<LocalDate> dayList = new ArrayList<>();

    AgendaDayTabs() {
        setId("agenda-days");
    }

    /** The tabs for this draft, keeping the selected one (the first when it is gone). */
    void show(AgendaDraft draft) {
        var selected = getSelectedIndex();
        var first = draft.seminar().firstDay();
        var last = draft.seminar().lastDay();
        var wanted = new TreeSet<LocalDate>();
        for (var d = first; !d.isAfter(last); d = d.plusDays(1)) {
            wanted.add(d);
        }
        draft.items().forEach(i -> wanted.add(i.day()));
        if (!List.copyOf(wanted).equals(dayList)) {
            dayList.clear();
            dayList.addAll(wanted);
            removeAll();
            for (var d : dayList) {
                var outside = d.isBefore(first) || d.isAfter(last);
                var tab = new Tab(Formats.date(d, getLocale()) + (outside ? " ⚠" : ""));
                tab.setId("agenda-day-" + d);
                if (outside) {
                    tab.setTooltipText(getTranslation("agenda.day.outside"));
                }
                add(tab);
            }
        }
        setSelectedIndex(selected < 0 || selected >= dayList.size() ? 0 : selected);
    }

    LocalDate selectedDay() {
        var index = getSelectedIndex();
        return index < 0 || index >= dayList.size() ? null : dayList.get(index);
    }
}

package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Test helpers: parse produced calendars back with iCal4j and run its validation. */
public final class Icals {

    private Icals() {
    }

    /** Parses and validates; fails the test on a parse error or a validation error. */
    public static Calendar parseValid(String ics) {
        try {
            var calendar = new CalendarBuilder().build(new StringReader(ics));
            var result = calendar.validate();
            assertThat(result.hasErrors()).as("iCal4j validation: %s", result).isFalse();
            return calendar;
        } catch (Exception e) {
            throw new AssertionError("Not a valid calendar: " + e + "\n" + ics, e);
        }
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream().map(c -> (VEvent) c).toList();
    }

    public static VEvent onlyEvent(Calendar calendar) {
        var events = events(calendar);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    public static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    public static String param(Component component, String property, String parameter) {
        return component.getProperty(property).flatMap(p -> p.getParameter(parameter))
                .map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue()).orElse(null);
    }

    public static String method(Calendar calendar) {
        return calendar.getProperty(Property.METHOD).map(Property::getValue).orElse(null);
    }
}

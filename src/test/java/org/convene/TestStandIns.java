package org.convene;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.calendar.TestCalendarSource;
import org.convene.notification.TestAgendaSource;
import org.convene.notification.TestParticipantDirectory;
import org.convene.seminar.ui.MarkerPageSection;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The test stand-ins for other modules (who takes part, an agenda file, personal calendar entries, a
 * page section from another module). They are beans only in the contexts of the test classes that
 * carry {@link Use}; every other test runs on the production beans alone. All users share this one
 * configuration, so they share one cached context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestParticipantDirectory.class, TestAgendaSource.class, TestCalendarSource.class, MarkerPageSection.class})
public class TestStandIns {

    /** Puts the stand-ins into this test class's context. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Import(TestStandIns.class)
    public @interface Use {
    }
}

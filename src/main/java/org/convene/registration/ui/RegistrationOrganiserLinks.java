package org.convene.registration.ui;

import org.convene.seminar.Seminar;
import org.convene.seminar.ui.SeminarOrganiserLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Buttons on the organisers' seminar list leading to participants, questions, invitations, check-in and statistics. */
@Configuration(proxyBeanMethods = false)
class RegistrationOrganiserLinks {

    @Bean
    SeminarOrganiserLink participantsLink() {
        return link(10, "seminars-participants", "registration.link.participants", "users",
                s -> "organiser/seminars/" + s.getId() + "/participants");
    }

    @Bean
    SeminarOrganiserLink checkInLink() {
        return link(20, "seminars-check-in", "registration.link.check-in", "check-square-o",
                s -> "organiser/seminars/" + s.getId() + "/check-in");
    }

    @Bean
    SeminarOrganiserLink statisticsLink() {
        return link(30, "seminars-statistics", "registration.link.statistics", "chart",
                s -> "organiser/statistics/" + s.getId());
    }

    @Bean
    SeminarOrganiserLink questionsLink() {
        return link(15, "seminars-questions", "registration.link.questions", "question-circle-o",
                s -> "organiser/seminars/" + s.getId() + "/questions");
    }

    @Bean
    SeminarOrganiserLink invitationsLink() {
        return link(16, "seminars-invitations", "registration.link.invitations", "envelope-o",
                s -> "organiser/seminars/" + s.getId() + "/invitations");
    }

    private static SeminarOrganiserLink link(int order, String id, String key, String icon,
                                             java.util.function.Function<Seminar, String> url) {
        return new SeminarOrganiserLink() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String labelKey() {
                return key;
            }

            @Override
            public String icon() {
                return icon;
            }

            @Override
            public String url(Seminar seminar) {
                return url.apply(seminar);
            }
        };
    }
}

package org.convene.registration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.convene.seminar.ui.SeminarOrganiserLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Buttons on the organisers' seminar list leading to participants, questions, invitations, check-in and statistics. */
@Configuration(proxyBeanMethods = false)
class RegistrationOrganiserLinks {

    @Bean
    SeminarOrganiserLink participantsLink() {
        return link(10, "seminars-participants", "registration.link.participants", "users",
                ParticipantsView.class, "id");
    }

    @Bean
    SeminarOrganiserLink checkInLink() {
        return link(20, "seminars-check-in", "registration.link.check-in", "check-square-o",
                CheckInView.class, "id");
    }

    @Bean
    SeminarOrganiserLink statisticsLink() {
        return link(30, "seminars-statistics", "registration.link.statistics", "chart",
                StatisticsView.class, StatisticsView.SEMINAR_ID);
    }

    @Bean
    SeminarOrganiserLink questionsLink() {
        return link(15, "seminars-questions", "registration.link.questions", "question-circle-o",
                QuestionsView.class, "id");
    }

    @Bean
    SeminarOrganiserLink invitationsLink() {
        return link(16, "seminars-invitations", "registration.link.invitations", "envelope-o",
                InvitationsView.class, "id");
    }

    private static SeminarOrganiserLink link(int order, String id, String key, String icon,
                                             Class<? extends Component> view, String parameter) {
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
            public Class<? extends Component> route() {
                return view;
            }

            @Override
            public RouteParameters parameters(long seminarId) {
                return new RouteParameters(parameter, String.valueOf(seminarId));
            }
        };
    }
}

package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.convene.account.Roles;
import org.convene.statement.NoticeService;
import org.springframework.data.domain.PageRequest;

/**
 * What the signed-in person was told about statements in the app (besides the e-mails): proposals
 * accepted or declined, mentions, requests to sign, sign-offs voided, publications. Unread ones first in bold.
 */
@Route("statements/notices")
@Menu(order = 47, icon = "vaadin:bell-o", title = "statement.review.notices.menu")
@RolesAllowed({Roles.ORGANISER, Roles.EXPERT})
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NoticeService.NoticeView> grid = new Grid<>();
    final Span unread = new Span();
    private final transient NoticeService notices;

    NoticesView(NoticeService notices) {
        this.notices = notices;
        setId("statement-notices");
        addClassName("convene-narrow");
        unread.setId("notices-unread");
        var markAll = new Button(getTranslation("statement.review.notices.mark-all"), e -> {
            notices.markAllRead();
            refresh();
        });
        markAll.setId("notices-mark-all");
        grid.setId("notices-grid");
        grid.addComponentColumn(n -> {
            var link = StatementReviewView.link(n.statementTitle(), n.statementId());
            if (!n.read()) {
                link.addClassName("statement-notice-unread");
            }
            return link;
        }).setHeader(getTranslation("statement.review.notices.statement")).setFlexGrow(2);
        grid.addColumn(n -> getTranslation("statement.review.notices.kind." + n.kind().name()))
                .setHeader(getTranslation("statement.review.notices.what")).setFlexGrow(1);
        grid.addColumn(n -> n.detail()).setHeader(getTranslation("statement.review.notices.detail")).setFlexGrow(2);
        grid.addColumn(n -> ReviewUi.when(n.at(), getLocale())).setHeader(getTranslation("statement.review.notices.when"));
        grid.setItems(q -> notices.mine(PageRequest.of(q.getPage(), q.getPageSize())).stream());
        add(new H2(getTranslation("statement.review.notices.heading")), unread, markAll, grid);
        refresh();
    }

    private void refresh() {
        unread.setText(getTranslation("statement.review.notices.unread", notices.unread()));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.review.notices.heading") + " | " + getTranslation("app.name");
    }
}

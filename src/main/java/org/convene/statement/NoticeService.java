package org.convene.statement;

import java.time.Clock;
import java.time.Instant;
import org.convene.account.CurrentUser;
import org.convene.base.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people are told in the app about statements (beside the e-mails): decided proposals, mentions, requests to sign. */
@Service
public class NoticeService {

    /** One notice as its reader sees it. */
    public record NoticeView(long id, long statementId, NoticeKind kind, String statementTitle, String detail,
                             Instant at, boolean read) {
    }

    private final NoticeRepository notices;
    private final Drafts drafts;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(NoticeRepository notices, Drafts drafts, CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Inside the caller's transaction. */
    void tell(long userId, long statementId, NoticeKind kind, String detail) {
        notices.save(new Notice(userId, statementId, kind, detail == null ? "" : detail, clock.instant()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<NoticeView> mine(Pageable pageable) {
        var me = currentUser.require().id();
        return notices.findByUser(me, pageable).map(n -> new NoticeView(n.getId(), n.getStatementId(), n.getKind(),
                drafts.header(n.getStatementId()).map(Drafts.Header::title).orElse("—"), n.getDetail(), n.getCreatedAt(),
                n.getReadAt() != null));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unread() {
        return notices.countUnread(currentUser.require().id());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notices.markAllRead(currentUser.require().id(), clock.instant());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long noticeId) {
        var n = notices.findById(noticeId).filter(x -> x.getUserId() == currentUser.require().id())
                .orElseThrow(NotFoundException::new);
        n.markRead(clock.instant());
    }
}

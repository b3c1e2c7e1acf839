package org.convene.agenda;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.convene.account.CurrentUser;
import org.convene.base.NotFoundException;
import org.convene.seminar.SeminarService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stars: the published sessions a person marks for themselves (their personal calendar feed carries them). */
@Service
public class AgendaStarService {

    private final StarRepository stars;
    private final PublishedItemRepository published;
    private final SeminarService seminars;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgendaStarService(StarRepository stars, PublishedItemRepository published, SeminarService seminars,
                      CurrentUser currentUser, Clock clock) {
        this.stars = stars;
        this.published = published;
        this.seminars = seminars;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Items of this seminar the signed-in person starred; empty for visitors. */
    @Transactional(readOnly = true)
    public Set<Long> starredItemIds(long seminarId) {
        return currentUser.get().map(me -> Set.copyOf(stars.starredItemIds(me.id(), seminarId))).orElse(Set.of());
    }

    /** Stars or un-stars a published item for the signed-in person. */
    @Transactional
    public void setStarred(long itemId, boolean starred) {
        var me = currentUser.require();
        var item = published.findByItemId(itemId).orElseThrow(NotFoundException::new);
        seminars.findVisible(item.getSeminarId()).orElseThrow(NotFoundException::new);
        if (starred) {
            stars.add(me.id(), itemId, clock.instant());
        } else {
            stars.remove(me.id(), itemId);
        }
    }

    /** Published items a person starred, by seminar (at most {@code max} items, most recently starred first). */
    @Transactional(readOnly = true)
    Map<Long, Set<Long>> starredPublishedItems(long userId, int max) {
        var result = new LinkedHashMap<Long, Set<Long>>();
        for (var row : stars.starredPublishedItems(userId, PageRequest.of(0, max))) {
            result.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        return result;
    }
}

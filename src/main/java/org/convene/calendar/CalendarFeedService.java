package org.convene.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.convene.account.CalendarTokenService;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.Theme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendars served over HTTP, with their access rules: a seminar by its public link (published
 * or cancelled, unlisted too; never a draft), the public feed (upcoming published public seminars),
 * and a person's feed behind their secret token. Anything unknown or not allowed is simply empty.
 */
@Service
public class CalendarFeedService {

    /** Most seminars in the public feed: clients choke on huge feeds, and so would we. */
    public static final int PUBLIC_FEED_MAX = 500;
    static final int PERSONAL_MAX = 1000;
    /** Past items stay in a personal feed this long, so last week's seminar does not vanish. */
    static final Duration RECENT_PAST = Duration.ofDays(30);

    /** Feeds are read far more often than seminars change: rendered documents are kept this long at most. */
    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    static final int CACHE_MAX = 10_000;

    /** Rendered feeds by key (theme or user), for {@link #CACHE_TTL} of the application's clock. */
    private final Cache<Object, IcsDocument> cache;
    /**
     * Per feed, the validator last served and since when: Last-Modified is when the content last changed,
     * which the items' own times cannot tell (a seminar leaving a feed, a new registration for an old seminar).
     */
    private final Cache<Object, IcsDocument> versions = Caffeine.newBuilder().maximumSize(CACHE_MAX).build();
    private final AtomicLong generation = new AtomicLong();

    private final SeminarService seminars;
    private final CalendarTokenService calendarTokens;
    private final IcsRenderer calendar;
    private final ObjectProvider<PersonalCalendarSource> sources;
    private final Clock clock;

    CalendarFeedService(SeminarService seminars, CalendarTokenService calendarTokens, IcsRenderer calendar,
                        ObjectProvider<PersonalCalendarSource> sources, Clock clock) {
        this.seminars = seminars;
        this.calendarTokens = calendarTokens;
        this.calendar = calendar;
        this.sources = sources;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(CACHE_MAX).expireAfterWrite(CACHE_TTL)
                .ticker(() -> nanos(clock.instant())).build();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private IcsDocument versioned(Object key, IcsDocument fresh, Instant now) {
        return versions.asMap().compute(key, (k, previous) -> {
            if (previous != null && previous.etag().equals(fresh.etag())) {
                return fresh.modifiedAt(previous.lastModified());
            }
            var changed = now.truncatedTo(ChronoUnit.SECONDS);
            if (previous != null && previous.lastModified() != null && !changed.isAfter(previous.lastModified())) {
                changed = previous.lastModified().plusSeconds(1);
            }
            return fresh.modifiedAt(changed);
        });
    }

    @Transactional(readOnly = true)
    public Optional<IcsDocument> seminar(String publicId) {
        return seminars.findByPublicId(publicId)
                .filter(s -> s.status() != SeminarStatus.DRAFT)
                .map(s -> IcsDocument.of(calendar.publish(s), "convene-" + s.publicId() + ".ics", s.updatedAt()));
    }

    /** Upcoming published, publicly listed seminars, optionally of one theme; at most {@link #PUBLIC_FEED_MAX}. */
    public IcsDocument publicFeed(Theme theme) {
        return cached("public:" + theme, () -> renderPublicFeed(theme));
    }

    /** Forgets every rendered feed (a seminar changed). */
    void evictAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    private IcsDocument cached(Object key, Supplier<IcsDocument> render) {
        var hit = cache.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        // A change committed while rendering must not be hidden behind the old picture: keep it only if none came.
        var now = clock.instant();
        var before = generation.get();
        var document = versioned(key, render.get(), now);
        if (generation.get() == before) {
            cache.put(key, document);
        }
        return document;
    }

    private IcsDocument renderPublicFeed(Theme theme) {
        var filter = new SeminarFilter(null, null, theme, null, null, null, null, null, false);
        var page = seminars.catalogue(filter, PageRequest.of(0, PUBLIC_FEED_MAX, Sort.by("startsUtc", "id")));
        var list = page.getContent().stream().filter(s -> s.status() == SeminarStatus.PUBLISHED).toList();
        var name = theme == null ? "convene-seminars.ics" : "convene-seminars-" + theme.name().toLowerCase() + ".ics";
        return IcsDocument.of(calendar.publish(list, List.of()), name, null);
    }

    /** A person's own calendar: their confirmed seminars and starred agenda items, recent past included. */
    public Optional<IcsDocument> personalFeed(String token) {
        return calendarTokens.userIdFor(token).map(userId -> cached(userId, () -> personalFeed(userId)));
    }

    IcsDocument personalFeed(long userId) {
        var since = clock.instant().minus(RECENT_PAST);
        var ids = new LinkedHashSet<Long>();
        var entries = new ArrayList<CalendarEntry>();
        sources.orderedStream().forEach(source -> {
            ids.addAll(source.confirmedSeminarIds(userId));
            entries.addAll(source.starredAgendaItems(userId));
        });
        var mine = ids.stream().limit(PERSONAL_MAX)
                .map(seminars::findForSystem).flatMap(Optional::stream)
                .filter(s -> s.status() != SeminarStatus.DRAFT)
                .filter(s -> s.endInstant().isAfter(since))
                .sorted(Comparator.comparing(SeminarDetails::startInstant))
                .toList();
        var items = entries.stream().filter(Objects::nonNull)
                .filter(e -> e.endInstant().isAfter(since))
                .limit(PERSONAL_MAX)
                .toList();
        return IcsDocument.of(calendar.publish(mine, items), "convene-my-calendar.ics", null);
    }

}

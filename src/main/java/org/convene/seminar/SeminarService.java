package org.convene.seminar;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.base.IsoCodes;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seminars: organisers plan, publish, reschedule, duplicate and cancel them; anyone reads the
 * published ones. Every input is checked here, whatever the form already did.
 */
@Service
public class SeminarService {

    static final Duration MAX_LENGTH = Duration.ofDays(31);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SeminarRepository seminars;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SeminarAvailability> availability;
    private final Clock clock;

    SeminarService(SeminarRepository seminars, CurrentUser currentUser, AccountService accounts,
                   ApplicationEventPublisher events, ObjectProvider<SeminarAvailability> availability, Clock clock) {
        this.seminars = seminars;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.events = events;
        this.availability = availability;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- organisers

    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public long create(SeminarForm form) {
        var clean = validate(form, null);
        var seminar = new Seminar(newPublicId(), clock.instant());
        seminar.apply(clean, ZoneId.of(clean.timeZone()));
        currentUser.get().ifPresent(me -> seminar.addOrganiser(me.id()));
        seminars.save(seminar);
        return seminar.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public void update(long id, SeminarForm form) {
        // The row lock orders this change with concurrent registrations, so a lower capacity
        // is checked against a confirmed count that cannot grow meanwhile.
        var seminar = seminars.findByIdForUpdate(id).orElseThrow(NotFoundException::new);
        if (seminar.getStatus() == SeminarStatus.CANCELLED) {
            throw new ConveneException("seminar.edit.cancelled");
        }
        var clean = validate(form, seminar);
        if (clean.capacity() < seminar.getCapacity()) {
            var confirmed = availability.getIfAvailable() == null ? 0 : availability.getObject().confirmedCount(id);
            if (clean.capacity() < confirmed) {
                throw ConveneException.onField("capacity", "seminar.capacity.below-confirmed", confirmed);
            }
        }
        var previousStart = seminar.getStartsAt();
        var previousEnd = seminar.getEndsAt();
        var zone = ZoneId.of(clean.timeZone());
        var timeChanged = !previousStart.equals(clean.startsAt()) || !previousEnd.equals(clean.endsAt())
                || !seminar.getTimeZone().equals(zone);
        var placeChanged = seminar.getFormat() != clean.format()
                || !seminar.getVenueName().equals(clean.venueName())
                || !seminar.getVenueAddress().equals(clean.venueAddress())
                || !seminar.getVenueCity().equals(clean.venueCity())
                || !seminar.getVenueCountry().equals(clean.venueCountry())
                || !seminar.getOnlineLink().equals(clean.onlineLink());
        var capacityIncreased = clean.capacity() > seminar.getCapacity();
        seminar.apply(clean, zone);
        seminar.touch(clock.instant());
        if (seminar.getStatus() != SeminarStatus.PUBLISHED) {
            return;
        }
        if (timeChanged || placeChanged) {
            seminar.raiseSequence();
        }
        if (timeChanged) {
            events.publishEvent(new SeminarRescheduled(id, previousStart, previousEnd, seminar.getStartsAt(),
                    seminar.getEndsAt(), seminar.getIcalSequence()));
        }
        events.publishEvent(new SeminarUpdated(id, placeChanged, capacityIncreased, seminar.getIcalSequence()));
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public void publish(long id) {
        var seminar = seminars.findById(id).orElseThrow(NotFoundException::new);
        if (seminar.isPast(clock)) {
            throw new ConveneException("seminar.publish.past");
        }
        seminar.publish(clock.instant());
        events.publishEvent(new SeminarPublished(id));
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public void cancel(long id, String reason) {
        var seminar = seminars.findById(id).orElseThrow(NotFoundException::new);
        var why = Validation.requireLine(reason, "reason", SeminarForm.REASON_MAX);
        var wasPublished = seminar.getStatus() == SeminarStatus.PUBLISHED;
        seminar.cancel(why, clock.instant());
        if (wasPublished) {
            events.publishEvent(new SeminarCancelled(id, why, seminar.getIcalSequence()));
        }
    }

    /** A new draft for the next edition: same content, dates one year later. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public long duplicate(long id) {
        var source = seminars.findWithSetsById(id).orElseThrow(NotFoundException::new);
        var f = SeminarForm.of(source);
        var copy = new Seminar(newPublicId(), clock.instant());
        var next = new SeminarForm(f.title(), f.summary(), f.description(), f.themes(), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), f.timeZone(),
                f.startsAt().plusYears(1), f.endsAt().plusYears(1), f.languages(), f.capacity(),
                f.registrationOpensAt().plusYears(1), f.registrationClosesAt().plusYears(1),
                f.approvalRequired(), f.visibility());
        copy.apply(next, source.getTimeZone());
        copy.setOrganisers(source.getOrganiserIds());
        currentUser.get().ifPresent(me -> copy.addOrganiser(me.id()));
        seminars.save(copy);
        return copy.getId();
    }

    /** Names another organiser of the seminar (who plans it and is its calendar ORGANIZER). */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public void addOrganiser(long id, long userId) {
        var seminar = seminars.findById(id).orElseThrow(NotFoundException::new);
        if (!accounts.hasRole(userId, Role.ORGANISER)) {
            throw ConveneException.onField("organiser", "seminar.organiser.not-organiser");
        }
        seminar.addOrganiser(userId);
        seminar.touch(clock.instant());
    }

    /** Whether the seminar takes registrations now (published, its window open, not started). */
    public boolean acceptsRegistrations(SeminarDetails seminar) {
        return seminar.acceptsRegistrations(clock);
    }

    /** Whether the seminar is over (certificates are issued after it). */
    public boolean hasEnded(SeminarDetails seminar) {
        return seminar.isPast(clock);
    }

    /**
     * Where registration stands, from the seminar's own status and dates: what the catalogue shows when no
     * module counts the seats ({@link SeminarAvailability}).
     */
    public SeminarAvailability.State registrationState(SeminarDetails s) {
        return s.registrationState(clock);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public SeminarDetails get(long id) {
        return seminars.findById(id).map(Seminar::details).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Page<SeminarDetails> search(SeminarFilter filter, Pageable pageable) {
        return query(filter, false, pageable).map(Seminar::details);
    }

    /** What the editor shows of a stored seminar: the values, themes and languages of {@link #get}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public SeminarPage editable(long id) {
        return seminars.findWithSetsById(id).map(SeminarPage::of).orElseThrow(NotFoundException::new);
    }

    /** The organisers' list: the seminars of {@link #search} as rows of plain values. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Page<SeminarRow> rows(SeminarFilter filter, Pageable pageable) {
        return query(filter, false, pageable).map(SeminarRow::of);
    }

    /** One seminar as a row of the organisers' list (after an action on it). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public SeminarRow row(long id) {
        return seminars.findById(id).map(SeminarRow::of).orElseThrow(NotFoundException::new);
    }

    // ---------------------------------------------------------------- everyone

    /** The public catalogue: published, listed seminars; upcoming ones unless the filter asks for past ones too. */
    @Transactional(readOnly = true)
    public Page<SeminarDetails> catalogue(SeminarFilter filter, Pageable pageable) {
        return query(filter, true, pageable).map(Seminar::details);
    }

    /** The catalogue's cards: the seminars of {@link #catalogue} with their themes, read in this transaction. */
    @Transactional(readOnly = true)
    public Page<SeminarCard> cards(SeminarFilter filter, Pageable pageable) {
        // Reading the first card's themes loads those of the whole page in one batch query
        // (default_batch_fetch_size), here, while the transaction is open.
        return query(filter, true, pageable).map(SeminarCard::of);
    }

    /** A seminar's public page, by its public link: the visibility rule of {@link #findByPublicId}. */
    @Transactional(readOnly = true)
    public Optional<SeminarPage> page(String publicId) {
        return visibleByPublicId(publicId).map(SeminarPage::of);
    }

    /**
     * A seminar by its public link: published or cancelled ones for everybody (unlisted too: the
     * link is the secret), drafts only for organisers.
     */
    @Transactional(readOnly = true)
    public Optional<SeminarDetails> findByPublicId(String publicId) {
        return visibleByPublicId(publicId).map(Seminar::details);
    }

    private Optional<Seminar> visibleByPublicId(String publicId) {
        if (publicId == null || !publicId.matches("[A-Za-z0-9_-]{1,32}")) {
            return Optional.empty();
        }
        return seminars.findByPublicId(publicId)
                .filter(s -> s.getStatus() != SeminarStatus.DRAFT || currentUser.hasRole(Role.ORGANISER));
    }

    /**
     * A seminar by id for other modules (registration, agenda, calendar): the same visibility rule
     * as {@link #findByPublicId}. Unknown and hidden seminars look the same.
     */
    @Transactional(readOnly = true)
    public Optional<SeminarDetails> findVisible(long id) {
        return seminars.findById(id)
                .filter(s -> s.getStatus() != SeminarStatus.DRAFT || currentUser.hasRole(Role.ORGANISER))
                .map(Seminar::details);
    }

    /** For trusted callers inside the application (listeners, jobs): no visibility rule. */
    @Transactional(readOnly = true)
    public Optional<SeminarDetails> findForSystem(long id) {
        return seminars.findById(id).map(Seminar::details);
    }

    /** The ids of the seminar's organisers (empty for an unknown seminar), for trusted callers. */
    @Transactional(readOnly = true)
    public Set<Long> organiserIds(long id) {
        return Set.copyOf(seminars.organiserIds(id));
    }

    /** The seminar's working languages, ISO 639-1 codes in alphabetical order (empty for an unknown seminar), for trusted callers. */
    @Transactional(readOnly = true)
    public Set<String> languages(long id) {
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(seminars.languages(id)));
    }

    /**
     * Several seminars by id in one query (id → seminar), for trusted callers that show a page of rows
     * each naming a seminar: one query for the page instead of one per row. No visibility rule; unknown
     * ids are absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, SeminarDetails> findAllForSystem(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var byId = new HashMap<Long, SeminarDetails>();
        seminars.findAllById(Set.copyOf(ids)).forEach(s -> byId.put(s.getId(), s.details()));
        return byId;
    }

    // ---------------------------------------------------------------- rules

    private Page<Seminar> query(SeminarFilter f, boolean publicOnly, Pageable pageable) {
        if (f == null) {
            f = SeminarFilter.none();
        }
        var text = f.text() == null || f.text().isBlank() ? null
                : "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        if (text != null && text.length() > 102) {
            text = text.substring(0, 101) + "%";
        }
        var from = f.from() == null ? null : f.from().atStartOfDay(ZoneOffset.UTC).minusHours(14).toInstant();
        var to = f.to() == null ? null : f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).plusHours(14).toInstant();
        var endedAfter = f.includePast() ? null : clock.instant();
        var country = f.country() == null || f.country().isBlank() ? null : f.country().toUpperCase(Locale.ROOT);
        var language = f.language() == null || f.language().isBlank() ? null : f.language().toLowerCase(Locale.ROOT);
        if (publicOnly) {
            // The catalogue has its own order (upcoming first); a caller's sort is not applied.
            var unsorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())
                    : Pageable.unpaged();
            return seminars.catalogue(text, f.theme(), f.format(), country, language, from, to, f.includePast(),
                    clock.instant(), unsorted);
        }
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : Sort.by("startsUtc", "id");
        var sorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return seminars.search(text, f.status(), false, f.theme(), f.format(), country, language,
                from, to, endedAfter, sorted);
    }

    /** Checks and normalises a form; {@code existing} is null when creating. */
    SeminarForm validate(SeminarForm f, Seminar existing) {
        if (f == null) {
            throw new ConveneException("validation.required");
        }
        var title = Validation.requireLine(f.title(), "title", SeminarForm.TITLE_MAX);
        var summary = Validation.optionalText(f.summary(), "summary", SeminarForm.SUMMARY_MAX);
        var description = Validation.optionalText(f.description(), "description", SeminarForm.DESCRIPTION_MAX);
        if (f.themes() == null || f.themes().isEmpty()) {
            throw ConveneException.onField("themes", "seminar.themes.required");
        }
        var format = f.format();
        if (format == null) {
            throw ConveneException.onField("format", "validation.required");
        }
        String venueName = "";
        String venueAddress = "";
        String venueCity = "";
        String venueCountry = "";
        if (format.hasVenue()) {
            venueName = Validation.requireLine(f.venueName(), "venueName", SeminarForm.VENUE_NAME_MAX);
            venueAddress = Validation.optionalLine(f.venueAddress(), "venueAddress", SeminarForm.VENUE_ADDRESS_MAX);
            venueCity = Validation.requireLine(f.venueCity(), "venueCity", SeminarForm.CITY_MAX);
            venueCountry = Validation.requireLine(f.venueCountry(), "venueCountry", 2).toUpperCase(Locale.ROOT);
            if (!IsoCodes.isCountry(venueCountry)) {
                throw ConveneException.onField("venueCountry", "seminar.country.invalid");
            }
        }
        String link = "";
        if (format.hasOnlineLink()) {
            link = Validation.requireLine(f.onlineLink(), "onlineLink", SeminarForm.LINK_MAX);
            requireWebLink(link);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(f.timeZone() == null ? "" : f.timeZone().strip());
        } catch (DateTimeException e) {
            throw ConveneException.onField("timeZone", "validation.time-zone");
        }
        if (!zone.getId().contains("/")) {
            throw ConveneException.onField("timeZone", "validation.time-zone");
        }
        if (f.startsAt() == null) {
            throw ConveneException.onField("startsAt", "validation.required");
        }
        if (f.endsAt() == null) {
            throw ConveneException.onField("endsAt", "validation.required");
        }
        if (!f.endsAt().isAfter(f.startsAt())) {
            throw ConveneException.onField("endsAt", "seminar.end.before-start");
        }
        if (Duration.between(f.startsAt(), f.endsAt()).compareTo(MAX_LENGTH) > 0) {
            throw ConveneException.onField("endsAt", "seminar.end.too-long");
        }
        var startChanged = existing == null || !existing.getStartsAt().equals(f.startsAt())
                || !existing.getTimeZone().equals(zone);
        if (startChanged && !f.startsAt().atZone(zone).toInstant().isAfter(clock.instant())) {
            throw ConveneException.onField("startsAt", "seminar.start.past");
        }
        var languages = new HashSet<String>();
        if (f.languages() != null) {
            for (var l : f.languages()) {
                var code = l == null ? "" : l.strip().toLowerCase(Locale.ROOT);
                if (!IsoCodes.isLanguage(code)) {
                    throw ConveneException.onField("languages", "seminar.language.invalid");
                }
                languages.add(code);
            }
        }
        if (languages.isEmpty()) {
            throw ConveneException.onField("languages", "seminar.languages.required");
        }
        if (f.capacity() == null) {
            throw ConveneException.onField("capacity", "validation.required");
        }
        if (f.capacity() < 1 || f.capacity() > SeminarForm.CAPACITY_MAX) {
            throw ConveneException.onField("capacity", "seminar.capacity.range", SeminarForm.CAPACITY_MAX);
        }
        if (f.registrationOpensAt() == null) {
            throw ConveneException.onField("registrationOpensAt", "validation.required");
        }
        if (f.registrationClosesAt() == null) {
            throw ConveneException.onField("registrationClosesAt", "validation.required");
        }
        if (!f.registrationClosesAt().isAfter(f.registrationOpensAt())) {
            throw ConveneException.onField("registrationClosesAt", "seminar.window.reversed");
        }
        if (f.registrationClosesAt().isAfter(f.startsAt())) {
            throw ConveneException.onField("registrationClosesAt", "seminar.window.after-start");
        }
        var visibility = f.visibility() == null ? Visibility.PUBLIC : f.visibility();
        return new SeminarForm(title, summary, description, EnumSet.copyOf(f.themes()), format, venueName, venueAddress,
                venueCity, venueCountry, link, zone.getId(), f.startsAt(), f.endsAt(), languages, f.capacity(),
                f.registrationOpensAt(), f.registrationClosesAt(), f.approvalRequired(), visibility);
    }

    static void requireWebLink(String link) {
        try {
            var uri = new URI(link);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw ConveneException.onField("onlineLink", "seminar.link.invalid");
            }
        } catch (URISyntaxException e) {
            throw ConveneException.onField("onlineLink", "seminar.link.invalid");
        }
    }

    private static String newPublicId() {
        var bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

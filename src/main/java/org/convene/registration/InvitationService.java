package org.convene.registration;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.convene.account.CurrentUser;
import org.convene.account.Emails;
import org.convene.account.User;
import org.convene.base.ConveneException;
import org.convene.base.IsoCodes;
import org.convene.base.NotFoundException;
import org.convene.base.Tokens;
import org.convene.base.Validation;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations: one by one or from a CSV list (previewed first), revocation, and what the
 * link shows. Accepting is a registration and lives in {@link RegistrationService#acceptInvitation}.
 *
 * <p>Each stored invitation publishes {@link InvitationCreated} with the raw token of its link; the
 * database keeps only the token's SHA-256. Inviting an address again after a revocation re-sends
 * the same invitation with a new token (the old link stays dead).
 */
@Service
public class InvitationService {

    public static final int IMPORT_MAX_BYTES = 1_000_000;
    public static final int IMPORT_MAX_ROWS = 1000;
    public static final String IMPORT_HEADER = "name,email,organisation,country";

    private final InvitationRepository invitations;
    private final RegistrationRepository registrations;
    private final SeminarService seminars;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, RegistrationRepository registrations, SeminarService seminars,
                      CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.registrations = registrations;
        this.seminars = seminars;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- organisers

    /** Invites one person; returns the invitation's id. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public long invite(long seminarId, InvitationForm form) {
        var clean = validate(form);
        var seminar = invitable(seminarId);
        if (registrations.activeEmails(seminarId).contains(clean.email())) {
            throw ConveneException.onField("email", "invitation.already-registered");
        }
        return store(seminar, clean);
    }

    /** Checks a CSV list (UTF-8, header row {@value #IMPORT_HEADER}) and saves nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public InvitationImport preview(long seminarId, byte[] csv) {
        return check(invitable(seminarId).id(), parse(csv));
    }

    /**
     * Checks the list again and stores every valid row in one transaction (rows with problems are
     * left out, as the preview showed); returns how many were invited.
     */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public int importValid(long seminarId, byte[] csv) {
        var seminar = invitable(seminarId);
        var checked = check(seminarId, parse(csv));
        if (checked.validCount() == 0) {
            throw new ConveneException("invitation.import.nothing-valid");
        }
        var count = 0;
        for (var row : checked.rows()) {
            if (row.valid()) {
                store(seminar, new InvitationForm(row.name(), row.email(), row.organisation(), row.country()));
                count++;
            }
        }
        return count;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Page<InvitationRow> page(long seminarId, Pageable pageable) {
        var seminar = seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
        return invitations.findBySeminarId(seminarId, pageable).map(i -> new InvitationRow(i.getId(), i.getFullName(),
                i.getEmail(), i.getOrganisation(), i.getCountry(), i.statusAt(seminar, clock), i.getCreatedAt()));
    }

    /** Makes a sent invitation's link useless; an accepted one stays (cancel the registration instead). */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public void revoke(long invitationId) {
        var invitation = invitations.findById(invitationId).orElseThrow(NotFoundException::new);
        if (invitation.getStatus() != InvitationStatus.SENT) {
            throw new ConveneException("invitation.revoke.not-sent");
        }
        invitation.revoke(clock.instant());
        invitations.saveAndFlush(invitation);
    }

    // ---------------------------------------------------------------- anyone holding a link

    /**
     * What an invitation link shows; empty for an unknown or revoked token (the page says no more
     * than "not valid").
     */
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> open(String token) {
        return find(token).flatMap(i -> seminars.findForSystem(i.getSeminarId())
                .map(s -> new InvitationDetails(s, i.getFullName(), i.getOrganisation(), i.getCountry(), i.statusAt(s, clock))));
    }

    /** A live (not revoked) invitation by the raw token of its link. */
    private Optional<Invitation> find(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Tokens.hash(token)).filter(i -> i.getStatus() != InvitationStatus.REVOKED);
    }

    // ---------------------------------------------------------------- rules

    private long store(SeminarDetails seminar, InvitationForm clean) {
        var now = clock.instant();
        var invitation = invitations.findBySeminarIdAndEmail(seminar.id(), clean.email()).orElse(null);
        if (invitation != null && invitation.getStatus() != InvitationStatus.REVOKED) {
            throw ConveneException.onField("email", "invitation.already-invited");
        }
        var me = currentUser.get().map(u -> u.id()).orElse(null);
        if (invitation == null) {
            invitation = new Invitation(seminar.id(), clean.email(), me, now);
        }
        var token = Tokens.newToken();
        invitation.send(clean, Tokens.hash(token), me, now);
        try {
            invitations.saveAndFlush(invitation);
        } catch (DataIntegrityViolationException e) {
            // The same address invited twice at once: the unique key decides.
            throw ConveneException.onField("email", "invitation.already-invited");
        }
        events.publishEvent(new InvitationCreated(invitation.getId(), seminar.id(), clean.email(), clean.name(), token));
        return invitation.getId();
    }

    /** Published and not started: invitations go out for seminars people can still join. */
    private SeminarDetails invitable(long seminarId) {
        var seminar = seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
        if (seminar.status() != SeminarStatus.PUBLISHED) {
            throw new ConveneException("invitation.seminar-not-published");
        }
        if (seminar.hasStarted(clock)) {
            throw new ConveneException("invitation.seminar-started");
        }
        return seminar;
    }

    static InvitationForm validate(InvitationForm f) {
        if (f == null) {
            throw new ConveneException("validation.required");
        }
        var name = Validation.requireLine(f.name(), "name", User.NAME_MAX);
        var email = Emails.normalize(f.email());
        if (email.isEmpty()) {
            throw ConveneException.onField("email", "validation.required");
        }
        if (!Emails.isValid(email)) {
            throw ConveneException.onField("email", "invitation.email.invalid");
        }
        var organisation = Validation.optionalLine(f.organisation(), "organisation", Registration.ORGANISATION_MAX);
        var country = Validation.optionalLine(f.country(), "country", 100).toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !IsoCodes.isCountry(country)) {
            throw ConveneException.onField("country", "registration.country.invalid");
        }
        return new InvitationForm(name, email, organisation, country);
    }

    private record RawRow(int line, String name, String email, String organisation, String country) {
    }

    private InvitationImport check(long seminarId, List<RawRow> raw) {
        var invited = new HashSet<>(invitations.invitedEmails(seminarId));
        var registered = new HashSet<>(registrations.activeEmails(seminarId));
        var firstLine = new HashMap<String, Integer>();
        var rows = new ArrayList<InvitationImport.Row>();
        for (var r : raw) {
            var problems = new ArrayList<InvitationImport.Problem>();
            var name = r.name().strip();
            if (name.isEmpty()) {
                problems.add(problem("invitation.import.name-missing"));
            } else if (!fits(() -> Validation.requireLine(r.name(), "name", User.NAME_MAX))) {
                problems.add(problem("invitation.import.name-invalid"));
            }
            var email = Emails.normalize(r.email());
            if (email.isEmpty()) {
                problems.add(problem("invitation.import.email-missing"));
            } else if (!Emails.isValid(email)) {
                problems.add(new InvitationImport.Problem("invitation.import.email-invalid", r.email().strip()));
            } else if (firstLine.containsKey(email)) {
                problems.add(new InvitationImport.Problem("invitation.import.duplicate", String.valueOf(firstLine.get(email))));
            } else {
                firstLine.put(email, r.line());
                if (registered.contains(email)) {
                    problems.add(problem("invitation.import.registered"));
                } else if (invited.contains(email)) {
                    problems.add(problem("invitation.import.invited"));
                }
            }
            var organisation = r.organisation().strip();
            if (!fits(() -> Validation.optionalLine(r.organisation(), "organisation", Registration.ORGANISATION_MAX))) {
                problems.add(problem("invitation.import.organisation-invalid"));
            }
            var country = r.country().strip().toUpperCase(Locale.ROOT);
            if (!country.isEmpty() && !IsoCodes.isCountry(country)) {
                problems.add(new InvitationImport.Problem("invitation.import.country-unknown", r.country().strip()));
            }
            rows.add(new InvitationImport.Row(r.line(), name, email, organisation, country, List.copyOf(problems)));
        }
        return new InvitationImport(List.copyOf(rows));
    }

    private static boolean fits(Runnable check) {
        try {
            check.run();
            return true;
        } catch (ConveneException e) {
            return false;
        }
    }

    private static InvitationImport.Problem problem(String key) {
        return new InvitationImport.Problem(key, "");
    }

    /** Reads the list: UTF-8 (a byte-order mark is fine), comma or semicolon separated, header row first. */
    static List<RawRow> parse(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new ConveneException("invitation.import.empty");
        }
        if (csv.length > IMPORT_MAX_BYTES) {
            throw new ConveneException("invitation.import.too-large", IMPORT_MAX_BYTES / 1_000_000);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            throw new ConveneException("invitation.import.not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var firstLine = text.lines().findFirst().orElse("");
        var delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).get();
        try (var parser = format.parse(new StringReader(text))) {
            var header = parser.getHeaderMap().keySet().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("name") || !header.contains("email")) {
                throw new ConveneException("invitation.import.header", IMPORT_HEADER);
            }
            var rows = new ArrayList<RawRow>();
            var line = 1;
            for (var record : parser) {
                line++;
                if (rows.size() >= IMPORT_MAX_ROWS) {
                    throw new ConveneException("invitation.import.too-many-rows", IMPORT_MAX_ROWS);
                }
                rows.add(new RawRow(line, cell(record, "name"), cell(record, "email"), cell(record, "organisation"),
                        cell(record, "country")));
            }
            if (rows.isEmpty()) {
                throw new ConveneException("invitation.import.empty");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ConveneException("invitation.import.unreadable");
        }
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }
}

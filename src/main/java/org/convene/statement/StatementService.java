package org.convene.statement;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements' headers and teams: create, describe, change the team, find the ones a person works
 * on. The body is {@link ParagraphService} (texts) and {@link StructureService} (order).
 */
@Service
public class StatementService {

    /** Languages a statement may be written in (ISO 639-1). */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it", "pt", "nl", "el", "pl", "ru", "uk", "ar", "tr");
    public static final int TEAM_MAX = 50;

    private final StatementRepository statements;
    private final SectionRepository sections;
    private final ParagraphRepository paragraphs;
    private final RevisionRepository revisions;
    private final StatementAccess access;
    private final StatementChanges changes;
    private final AccountService accounts;
    private final SeminarService seminars;
    private final NetworkService network;
    private final CurrentUser currentUser;
    private final Clock clock;

    StatementService(StatementRepository statements, SectionRepository sections, ParagraphRepository paragraphs,
                     RevisionRepository revisions, StatementAccess access, StatementChanges changes,
                     AccountService accounts, SeminarService seminars, NetworkService network,
                     CurrentUser currentUser, Clock clock) {
        this.statements = statements;
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.revisions = revisions;
        this.access = access;
        this.changes = changes;
        this.accounts = accounts;
        this.seminars = seminars;
        this.network = network;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new DRAFT statement with one empty section holding one empty paragraph. Returns its id. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISER', 'EXPERT')")
    public long create(StatementForm form) {
        var me = currentUser.requireId();
        var valid = validate(form, me);
        var now = clock.instant();
        var statement = statements.save(new Statement(valid.title, valid.seminarId, valid.groupId, valid.language, me, now));
        statement.replaceTeam(valid.team, now);
        statements.flush();
        var section = sections.save(new StatementSection(statement.getId(), 1, "", now));
        var paragraph = paragraphs.save(new StatementParagraph(statement.getId(), section.getId(), 1, "", me, now));
        revisions.save(new ParagraphRevision(statement.getId(), paragraph.getId(), 1, ParagraphRevision.CREATED, "", "",
                me, null, now));
        return statement.getId();
    }

    /** Header and team: the lead and organisers, while the text is not frozen. */
    @Transactional
    public void update(long statementId, StatementForm form) {
        var me = access.requireManage(statementId);
        var statement = statements.lockForStructure(statementId).orElseThrow(NotFoundException::new);
        statement.requireEditable();
        var valid = validate(form, me);
        var now = clock.instant();
        statement.describe(valid.title, valid.seminarId, valid.groupId, valid.language, now);
        statement.replaceTeam(valid.team, now);
        statements.flush();
        changes.record(statementId, ChangeKind.HEADER, null, me);
    }

    @Transactional(readOnly = true)
    public StatementSummary summary(long statementId) {
        access.requireRead(statementId);
        return toSummary(statements.findById(statementId).orElseThrow(NotFoundException::new));
    }

    /** The statement behind a link, if the current person may read it. */
    @Transactional(readOnly = true)
    public Optional<StatementSummary> findByPublicId(String publicId) {
        if (publicId == null || !publicId.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        var me = currentUser.get();
        return statements.findByPublicId(publicId)
                .filter(s -> me.isPresent() && access.mayRead(s.getId(), me.get().id()))
                .map(this::toSummary);
    }

    /** The form that shows a statement's current header and team (for its edit dialog). */
    @Transactional(readOnly = true)
    public StatementForm form(long statementId) {
        access.requireRead(statementId);
        var s = statements.findById(statementId).orElseThrow(NotFoundException::new);
        Long lead = null;
        var co = new HashSet<Long>();
        var rev = new HashSet<Long>();
        for (var m : s.getTeam()) {
            switch (m.getRole()) {
                case LEAD -> lead = m.getUserId();
                case CO_AUTHOR -> co.add(m.getUserId());
                case REVIEWER -> rev.add(m.getUserId());
            }
        }
        return new StatementForm(s.getTitle(), s.getSeminarId(), s.getGroupId(), s.getLanguage(), lead, co, rev);
    }

    /** The statements the current person works on (organisers: all), newest change first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<StatementSummary> mine(String text, Pageable pageable) {
        var t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        t = t.length() > 100 ? t.substring(0, 100) : t;
        var page = currentUser.hasRole(Role.ORGANISER)
                ? statements.search(t, pageable)
                : statements.findByMember(currentUser.requireId(), t, pageable);
        // The page's people, seminars and groups in one query each, not once per row.
        var summaries = toSummaries(page.getContent());
        return page.map(st -> summaries.get(st.getId()));
    }

    StatementSummary toSummary(Statement s) {
        return toSummaries(List.of(s)).get(s.getId());
    }

    /** Summaries by statement id, with one query for all their people, one for their seminars, one for their groups. */
    private Map<Long, StatementSummary> toSummaries(List<Statement> list) {
        var names = accounts.displayNames(list.stream().flatMap(s -> s.getTeam().stream()).map(TeamMember::getUserId)
                .collect(Collectors.toSet()));
        var seminarTitles = new HashMap<Long, String>();
        seminars.findAllForSystem(list.stream().map(Statement::getSeminarId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .forEach((id, x) -> seminarTitles.put(id, x.title()));
        // The reader may read the statement, so may know the name of the group it belongs to. Not through
        // network.get: for someone outside the group it throws inside this transaction, which marks it
        // rollback-only, and the editor then failed to open for a co-author who is not a group member.
        var groupNames = network.namesForSystem(list.stream().map(Statement::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var result = new HashMap<Long, StatementSummary>();
        for (var s : list) {
            var team = s.getTeam().stream()
                    .map(m -> new StatementSummary.Member(m.getUserId(), names.getOrDefault(m.getUserId(), "?"), m.getRole()))
                    .sorted(Comparator.comparing((StatementSummary.Member m) -> m.role().ordinal())
                            .thenComparing(m -> m.name().toLowerCase(Locale.ROOT)))
                    .toList();
            String seminarTitle = s.getSeminarId() == null ? null : seminarTitles.get(s.getSeminarId());
            String groupName = s.getGroupId() == null ? null : groupNames.get(s.getGroupId());
            result.put(s.getId(), new StatementSummary(s.getId(), s.getPublicId(), s.getTitle(), s.getSeminarId(), seminarTitle,
                    s.getGroupId(), groupName, s.getLanguage(), s.getStatus(), team, s.getCreatedAt(), s.getUpdatedAt()));
        }
        return result;
    }

    private record Valid(String title, Long seminarId, Long groupId, String language, Set<TeamMember> team) {
    }

    private Valid validate(StatementForm form, long me) {
        if (form == null) {
            throw ConveneException.onField("title", "validation.required");
        }
        var title = Validation.requireLine(form.title(), "title", Statement.TITLE_MAX);
        if (form.seminarId() == null && form.groupId() == null) {
            throw ConveneException.onField("seminarId", "statement.error.belongs-to");
        }
        if (form.seminarId() != null && seminars.findVisible(form.seminarId()).isEmpty()) {
            throw ConveneException.onField("seminarId", "statement.error.seminar");
        }
        if (form.groupId() != null && !currentUser.hasRole(Role.ORGANISER) && !network.isMember(form.groupId(), me)) {
            throw ConveneException.onField("groupId", "statement.error.group");
        }
        if (form.groupId() != null && currentUser.hasRole(Role.ORGANISER)) {
            try {
                network.get(form.groupId());
            } catch (NotFoundException e) {
                throw ConveneException.onField("groupId", "statement.error.group");
            }
        }
        var language = form.language() == null ? "" : form.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw ConveneException.onField("language", "statement.error.language");
        }
        if (form.leadId() == null) {
            throw ConveneException.onField("leadId", "validation.required");
        }
        var co = form.coAuthorIds() == null ? new HashSet<Long>() : new HashSet<>(form.coAuthorIds());
        var rev = form.reviewerIds() == null ? new HashSet<Long>() : new HashSet<>(form.reviewerIds());
        var team = new HashSet<TeamMember>();
        team.add(new TeamMember(form.leadId(), TeamRole.LEAD));
        co.forEach(id -> team.add(new TeamMember(id, TeamRole.CO_AUTHOR)));
        rev.forEach(id -> team.add(new TeamMember(id, TeamRole.REVIEWER)));
        if (team.size() != 1 + co.size() + rev.size() || co.contains(null) || rev.contains(null)) {
            throw ConveneException.onField("coAuthorIds", "statement.error.team-twice");
        }
        if (team.size() > TEAM_MAX) {
            throw ConveneException.onField("reviewerIds", "statement.error.team-size", TEAM_MAX);
        }
        var people = accounts.findAll(team.stream().map(TeamMember::getUserId).toList());
        for (var m : team) {
            var user = people.get(m.getUserId());
            if (user == null || !(user.hasRole(Role.EXPERT) || user.hasRole(Role.ORGANISER))) {
                var field = switch (m.getRole()) {
                    case LEAD -> "leadId";
                    case CO_AUTHOR -> "coAuthorIds";
                    case REVIEWER -> "reviewerIds";
                };
                throw ConveneException.onField(field, "statement.error.team-member");
            }
        }
        if (!currentUser.hasRole(Role.ORGANISER)
                && team.stream().noneMatch(m -> m.getUserId() == me && m.getRole().edits())) {
            throw ConveneException.onField("leadId", "statement.error.keep-yourself");
        }
        return new Valid(title, form.seminarId(), form.groupId(), language, team);
    }
}

package org.convene.network;

import java.time.Clock;
import java.util.Locale;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert groups and networks. Organisers create them and manage members; a group's coordinator
 * may manage its members too; experts see the groups they belong to.
 */
@Service
public class NetworkService {

    private final ExpertGroupRepository groups;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkService(ExpertGroupRepository groups, AccountService accounts, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public long create(GroupForm form) {
        var name = Validation.requireLine(form.name(), "name", ExpertGroup.NAME_MAX);
        if (groups.existsByNameIgnoreCase(name)) {
            throw ConveneException.onField("name", "groups.name.taken");
        }
        var group = new ExpertGroup(name, requireKind(form.kind()),
                Validation.optionalText(form.description(), "description", ExpertGroup.DESCRIPTION_MAX), clock.instant());
        saveUniquely(group);
        setCoordinator(group, form.coordinatorId());
        return group.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public void update(long groupId, GroupForm form) {
        var group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        var name = Validation.requireLine(form.name(), "name", ExpertGroup.NAME_MAX);
        if (groups.existsByNameIgnoreCaseAndIdNot(name, groupId)) {
            throw ConveneException.onField("name", "groups.name.taken");
        }
        group.rename(name, requireKind(form.kind()),
                Validation.optionalText(form.description(), "description", ExpertGroup.DESCRIPTION_MAX));
        saveUniquely(group);
        setCoordinator(group, form.coordinatorId());
    }

    /** Two organisers naming groups alike at once: the unique key decides, the other hears it on the field. */
    private void saveUniquely(ExpertGroup group) {
        try {
            groups.saveAndFlush(group);
        } catch (DataIntegrityViolationException e) {
            throw ConveneException.onField("name", "groups.name.taken");
        }
    }

    private void setCoordinator(ExpertGroup group, Long coordinatorId) {
        if (coordinatorId != null) {
            requireExpert(coordinatorId, "coordinatorId");
            if (group.add(coordinatorId, clock.instant())) {
                events.publishEvent(new MemberAdded(group.getId(), coordinatorId));
            }
        }
        group.setCoordinatorId(coordinatorId);
    }

    @Transactional
    public void addMember(long groupId, long userId) {
        var group = manageable(groupId);
        requireExpert(userId, "member");
        if (!group.add(userId, clock.instant())) {
            throw ConveneException.onField("member", "groups.member.already");
        }
        events.publishEvent(new MemberAdded(groupId, userId));
    }

    @Transactional
    public void removeMember(long groupId, long userId) {
        var group = manageable(groupId);
        if (group.getCoordinatorId() != null && group.getCoordinatorId() == userId) {
            throw ConveneException.onField("member", "groups.member.coordinator");
        }
        if (group.remove(userId)) {
            events.publishEvent(new MemberRemoved(groupId, userId));
        }
    }

    /** Organisers see every group; experts only their own. */
    @Transactional(readOnly = true)
    public Page<ExpertGroup> visibleGroups(String text, Pageable pageable) {
        if (currentUser.hasRole(Role.ORGANISER)) {
            var t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return groups.search(t.length() > 100 ? t.substring(0, 100) : t, pageable);
        }
        if (currentUser.hasRole(Role.EXPERT)) {
            return groups.findByMember(currentUser.requireId(), pageable);
        }
        throw new AccessDeniedException();
    }

    /** The same groups as {@link #visibleGroups}, as rows for the list: their members counted in one query. */
    @Transactional(readOnly = true)
    public Page<GroupRow> visibleGroupRows(String text, Pageable pageable) {
        var page = visibleGroups(text, pageable);
        var counts = new java.util.HashMap<Long, Integer>();
        if (!page.isEmpty()) {
            for (var row : groups.memberCounts(page.stream().map(ExpertGroup::getId).toList())) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return page.map(g -> new GroupRow(g.getId(), g.getName(), g.getKind(), counts.getOrDefault(g.getId(), 0)));
    }

    @Transactional(readOnly = true)
    public ExpertGroup get(long groupId) {
        var group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (!currentUser.hasRole(Role.ORGANISER) && !group.isMember(currentUser.requireId())) {
            throw new NotFoundException();
        }
        return group;
    }

    @Transactional(readOnly = true)
    public boolean canManage(long groupId) {
        return groups.findById(groupId).map(this::canManage).orElse(false);
    }

    /** Whether a person belongs to a group (for documents and statements). */
    @Transactional(readOnly = true)
    public boolean isMember(long groupId, long userId) {
        return groups.findById(groupId).map(g -> g.isMember(userId)).orElse(false);
    }

    /** For other modules (documents), which apply their own access rule: no visibility check here. */
    @Transactional(readOnly = true)
    public java.util.Optional<ExpertGroup> findForSystem(long groupId) {
        return groups.findById(groupId);
    }

    /**
     * Group names by id in one query, for trusted callers that show a page of rows each naming a group
     * (no access rule, as {@link #findForSystem}); unknown ids are absent.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> namesForSystem(java.util.Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return java.util.Map.of();
        }
        var names = new java.util.HashMap<Long, String>();
        groups.findAllById(java.util.Set.copyOf(groupIds)).forEach(g -> names.put(g.getId(), g.getName()));
        return names;
    }

    private boolean canManage(ExpertGroup group) {
        return currentUser.hasRole(Role.ORGANISER)
                || currentUser.get().map(me -> group.getCoordinatorId() != null && group.getCoordinatorId() == me.id()).orElse(false);
    }

    private ExpertGroup manageable(long groupId) {
        var group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (!canManage(group)) {
            throw new AccessDeniedException();
        }
        return group;
    }

    private void requireExpert(long userId, String field) {
        if (!accounts.hasRole(userId, Role.EXPERT)) {
            throw ConveneException.onField(field, "groups.member.not-expert");
        }
    }

    private static GroupKind requireKind(GroupKind kind) {
        if (kind == null) {
            throw ConveneException.onField("kind", "validation.required");
        }
        return kind;
    }

    /** The groups the signed-in person belongs to or coordinates, for "my data". */
    @Transactional(readOnly = true)
    public java.util.List<ExpertGroup> myGroups() {
        return groups.findInvolving(currentUser.requireId());
    }

    /**
     * Account deletion, inside its transaction ({@link MembershipAccountListener}): the person leaves
     * every group, and groups they coordinated have no coordinator until an organiser names one.
     */
    void forget(long userId) {
        for (var group : groups.findInvolving(userId)) {
            if (group.getCoordinatorId() != null && group.getCoordinatorId() == userId) {
                group.setCoordinatorId(null);
            }
            if (group.remove(userId)) {
                events.publishEvent(new MemberRemoved(group.getId(), userId));
            }
        }
        groups.flush();
    }

}

package org.convene.document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.account.AccountService;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.IsoCodes;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Libraries of seminars and expert groups: folders, items, their visibility, trash. Every listing,
 * search and look-up applies {@link DocumentAccess}; what the caller may not see is "not found".
 * Files (upload, versions, download, ZIP) are in {@link DocumentFileService}.
 */
@Service
public class DocumentService {

    static final List<String> SEMINAR_FOLDERS = List.of("Background", "Presentations", "Reports", "Outcome");
    static final String GROUP_FOLDER = "Working documents";
    static final int SEARCH_MAX = 100;

    private final LibraryRepository libraries;
    private final FolderRepository folders;
    private final ItemRepository items;
    private final VersionRepository versions;
    private final DocumentAccess access;
    private final SeminarService seminars;
    private final NetworkService network;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    DocumentService(LibraryRepository libraries, FolderRepository folders, ItemRepository items,
                    VersionRepository versions, DocumentAccess access, SeminarService seminars, NetworkService network,
                    AccountService accounts, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                    Clock clock) {
        this.libraries = libraries;
        this.folders = folders;
        this.items = items;
        this.versions = versions;
        this.access = access;
        this.seminars = seminars;
        this.network = network;
        this.accounts = accounts;
        this.events = events;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- libraries and folders

    /**
     * A seminar's library as the caller may use it; made with its default folders on first use.
     * No surrounding transaction: the library made in its own transaction must be visible to the
     * read that follows (a repeatable-read snapshot taken before would not see it).
     */
    public LibraryInfo seminarLibrary(long seminarId) {
        seminars.findVisible(seminarId).orElseThrow(NotFoundException::new);
        var library = libraries.findBySeminarId(seminarId).orElseGet(() -> create(seminarId, null));
        return access.of(library).info();
    }

    /** A group's library as the caller may use it; made with its default folder on first use (see above). */
    public LibraryInfo groupLibrary(long groupId) {
        network.findForSystem(groupId).orElseThrow(NotFoundException::new);
        var library = libraries.findByGroupId(groupId).orElseGet(() -> create(null, groupId));
        return access.of(library).info();
    }

    private Library create(Long seminarId, Long groupId) {
        try {
            // Its own transaction, so that two first visits at once end with one library.
            newTransaction.executeWithoutResult(status -> {
                var now = clock.instant();
                var library = libraries.saveAndFlush(seminarId != null ? Library.forSeminar(seminarId, now) : Library.forGroup(groupId, now));
                if (seminarId != null) {
                    for (int i = 0; i < SEMINAR_FOLDERS.size(); i++) {
                        var name = SEMINAR_FOLDERS.get(i);
                        folders.save(new Folder(library.getId(), name, name.equals("Presentations") || name.equals("Background")
                                ? DocumentVisibility.PUBLIC : DocumentVisibility.PARTICIPANTS, name.equals("Presentations"), i, now));
                    }
                } else {
                    folders.save(new Folder(library.getId(), GROUP_FOLDER, DocumentVisibility.PARTICIPANTS, false, 0, now));
                }
            });
        } catch (DataIntegrityViolationException raced) {
            // Someone else made it meanwhile.
        }
        return (seminarId != null ? libraries.findBySeminarId(seminarId) : libraries.findByGroupId(groupId))
                .orElseThrow(NotFoundException::new);
    }

    /** Folders the caller sees: by the folder's own visibility, or because an item inside is visible to them. */
    @Transactional(readOnly = true)
    public List<FolderInfo> folders(long libraryId) {
        var rights = rights(libraryId);
        var withItems = new HashSet<>(items.foldersWithVisibleItems(libraryId, rights.levels(), rights.me()));
        return folders.findByLibraryIdOrderByPositionAscIdAsc(libraryId).stream()
                .filter(f -> !f.isTrashed() && (rights.seesFolder(f) || withItems.contains(f.getId())))
                .map(f -> info(f, rights)).toList();
    }

    @Transactional
    public long createFolder(long libraryId, String name, DocumentVisibility visibility) {
        var rights = rights(libraryId);
        requireManage(rights);
        var clean = Validation.requireLine(name, "name", Folder.NAME_MAX);
        var position = folders.findByLibraryIdOrderByPositionAscIdAsc(libraryId).stream().mapToInt(Folder::getPosition).max().orElse(-1) + 1;
        return folders.save(new Folder(libraryId, clean, requireVisibility(visibility), false, position, clock.instant())).getId();
    }

    @Transactional
    public void updateFolder(long folderId, String name, DocumentVisibility visibility) {
        var folder = folder(folderId);
        requireManage(rights(folder.getLibraryId()));
        folder.change(Validation.requireLine(name, "name", Folder.NAME_MAX), requireVisibility(visibility));
    }

    @Transactional
    public void trashFolder(long folderId) {
        var folder = folder(folderId);
        var rights = rights(folder.getLibraryId());
        requireManage(rights);
        if (!folder.isTrashed()) {
            folder.trash(rights.me(), clock.instant());
        }
    }

    // ---------------------------------------------------------------- items

    /** Visible items of a folder, or of the whole library when {@code folderId} is null, filtered by title and description. */
    @Transactional(readOnly = true)
    public Page<ItemRow> items(long libraryId, Long folderId, String search, Pageable pageable) {
        var rights = rights(libraryId);
        // Searched words are taken literally: % and _ are escaped with '!' (the query's ESCAPE character).
        var text = search == null || search.isBlank() ? null
                : "%" + cut(search.strip().toLowerCase(Locale.ROOT), SEARCH_MAX).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        var page = items.visible(libraryId, folderId, rights.levels(), rights.me(), text, pageable);
        return page.map(rowMapper(page.getContent(), rights));
    }

    @Transactional(readOnly = true)
    public long count(long libraryId, Long folderId) {
        return items(libraryId, folderId, null, PageRequest.of(0, 1)).getTotalElements();
    }

    /** One item the caller may see (also a trashed one, for those who manage the trash). */
    @Transactional(readOnly = true)
    public ItemRow item(long itemId) {
        var item = items.findById(itemId).orElseThrow(NotFoundException::new);
        var folder = folder(item.getFolderId());
        var rights = rights(folder.getLibraryId());
        if (!rights.sees(item, folder) || ((item.isTrashed() || folder.isTrashed()) && !rights.manage())) {
            throw new NotFoundException();
        }
        return rowMapper(List.of(item), rights).apply(item);
    }

    @Transactional(readOnly = true)
    public List<VersionRow> versions(long itemId) {
        item(itemId);
        var list = versions.findByItemIdOrderByNumberDesc(itemId);
        var names = accounts.displayNames(list.stream().map(ItemVersion::getAddedBy).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(v -> new VersionRow(v.getId(), v.getNumber(), v.getFileName(), v.getMediaType(), v.getSize(),
                v.getAddedBy() == null ? "" : names.getOrDefault(v.getAddedBy(), ""), v.getAddedAt())).toList();
    }

    @Transactional
    public long addLink(long folderId, String url, ItemDetails details) {
        var folder = folder(folderId);
        var rights = rights(folder.getLibraryId());
        requireAdd(rights, folder);
        var clean = validate(details);
        var link = requireLink(url);
        return items.save(new Item(folderId, ItemKind.LINK, clean, link, rights.me() > 0 ? rights.me() : null, clock.instant())).getId();
    }

    @Transactional
    public void describe(long itemId, ItemDetails details) {
        changeable(itemId).describe(validate(details));
    }

    /**
     * Moves an item to another folder of the same library: the caller must be allowed to change the
     * item and to add to the target folder (a speaker may not carry a talk out of Presentations). A
     * folder of another library, or one in the trash, is not found. The item keeps its own visibility;
     * without one it takes the new folder's.
     */
    @Transactional
    public void move(long itemId, Long folderId) {
        var item = changeable(itemId);
        if (folderId == null) {
            throw ConveneException.onField("folder", "validation.required");
        }
        var target = folder(folderId);
        if (target.getLibraryId() != folder(item.getFolderId()).getLibraryId()) {
            throw new NotFoundException();
        }
        requireAdd(rights(target.getLibraryId()), target);
        item.moveTo(folderId);
    }

    /** "Tell the participants": one e-mail to each person who can see the item (sent by the notification module). */
    @Transactional
    public void share(long itemId) {
        var item = changeable(itemId);
        var library = libraries.findById(folder(item.getFolderId()).getLibraryId()).orElseThrow(NotFoundException::new);
        var rights = access.of(library);
        events.publishEvent(new DocumentShared(itemId, item.getCurrentVersion(), library.getSeminarId(), library.getGroupId(), rights.me()));
    }

    /** For the notification module: who sees an item, and what it is. No caller involved. */
    @Transactional(readOnly = true)
    public Audience audience(long itemId) {
        var item = items.findById(itemId).orElse(null);
        if (item == null || item.isTrashed()) {
            return new Audience("", "", List.of());
        }
        var folder = folders.findById(item.getFolderId()).orElseThrow();
        if (folder.isTrashed()) {
            return new Audience("", "", List.of());
        }
        var library = libraries.findById(folder.getLibraryId()).orElseThrow();
        var visibility = item.getVisibility() != null ? item.getVisibility() : folder.getVisibility();
        return new Audience(item.getTitle(), folder.getName(), access.audience(library, visibility));
    }

    /** The people to tell about an item, with its title and folder. */
    public record Audience(String title, String folder, List<Long> userIds) {
    }

    // ---------------------------------------------------------------- trash

    @Transactional
    public void trashItem(long itemId) {
        var item = changeable(itemId);
        if (!item.isTrashed()) {
            item.trash(rights(folder(item.getFolderId()).getLibraryId()).me(), clock.instant());
        }
    }

    /** Trashed folders and items of a library, for the people who manage it. */
    @Transactional(readOnly = true)
    public List<FolderInfo> trashedFolders(long libraryId) {
        var rights = rights(libraryId);
        requireManage(rights);
        return folders.findByLibraryIdOrderByPositionAscIdAsc(libraryId).stream().filter(Folder::isTrashed)
                .map(f -> info(f, rights)).toList();
    }

    @Transactional(readOnly = true)
    public List<ItemRow> trashedItems(long libraryId) {
        var rights = rights(libraryId);
        requireManage(rights);
        var list = items.trashed(libraryId);
        return list.stream().map(rowMapper(list, rights)).toList();
    }

    @Transactional
    public void restoreItem(long itemId) {
        var item = items.findById(itemId).orElseThrow(NotFoundException::new);
        requireManage(rights(folder(item.getFolderId()).getLibraryId()));
        item.restore();
    }

    @Transactional
    public void restoreFolder(long folderId) {
        var folder = folder(folderId);
        requireManage(rights(folder.getLibraryId()));
        folder.restore();
    }

    /**
     * Empties a library's trash: trashed folders with everything in them, and trashed items. The only
     * real deletion; contents no version refers to any more go at the next sweep.
     */
    @Transactional
    public int emptyTrash(long libraryId) {
        var rights = rights(libraryId);
        requireManage(rights);
        var goneFolders = folders.findByLibraryIdOrderByPositionAscIdAsc(libraryId).stream().filter(Folder::isTrashed).toList();
        var goneItems = new ArrayList<>(items.trashed(libraryId));
        goneItems.addAll(items.findByFolderIdIn(goneFolders.stream().map(Folder::getId).toList()));
        versions.deleteAll(versions.findByItemIdIn(goneItems.stream().map(Item::getId).toList()));
        items.deleteAll(goneItems);
        folders.deleteAll(goneFolders);
        return goneItems.size() + goneFolders.size();
    }

    // ---------------------------------------------------------------- rules

    DocumentAccess.Rights rights(long libraryId) {
        return access.of(libraries.findById(libraryId).orElseThrow(NotFoundException::new));
    }

    Folder folder(long folderId) {
        return folders.findById(folderId).orElseThrow(NotFoundException::new);
    }

    /** An item the caller may change (edit, new version, trash); 404 when they cannot even see it. */
    Item changeable(long itemId) {
        var item = items.findById(itemId).orElseThrow(NotFoundException::new);
        var folder = folder(item.getFolderId());
        var rights = rights(folder.getLibraryId());
        if (!rights.sees(item, folder) || item.isTrashed() || folder.isTrashed()) {
            throw new NotFoundException();
        }
        if (!rights.canChange(item, folder)) {
            throw new AccessDeniedException();
        }
        return item;
    }

    static void requireAdd(DocumentAccess.Rights rights, Folder folder) {
        if (folder.isTrashed() || !(rights.seesFolder(folder))) {
            throw new NotFoundException();
        }
        if (!rights.canAddTo(folder)) {
            throw new AccessDeniedException();
        }
    }

    private static void requireManage(DocumentAccess.Rights rights) {
        if (!rights.manage()) {
            throw new AccessDeniedException();
        }
    }

    static ItemDetails validate(ItemDetails d) {
        if (d == null) {
            throw ConveneException.onField("title", "validation.required");
        }
        var title = Validation.requireLine(d.title(), "title", Item.TITLE_MAX);
        var description = Validation.optionalText(d.description(), "description", Item.DESCRIPTION_MAX);
        var language = d.language() == null ? "" : d.language().strip().toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !IsoCodes.isLanguage(language)) {
            throw ConveneException.onField("language", "document.language.unknown");
        }
        return new ItemDetails(title, description, language, d.visibility());
    }

    private static String requireLink(String url) {
        var link = Validation.requireLine(url, "url", Item.URL_MAX);
        try {
            var uri = new java.net.URI(link);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw ConveneException.onField("url", "document.link.invalid");
            }
            return uri.getScheme().toLowerCase(Locale.ROOT) + link.substring(uri.getScheme().length());
        } catch (java.net.URISyntaxException e) {
            throw ConveneException.onField("url", "document.link.invalid");
        }
    }

    private static DocumentVisibility requireVisibility(DocumentVisibility v) {
        if (v == null) {
            throw ConveneException.onField("visibility", "validation.required");
        }
        return v;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private FolderInfo info(Folder f, DocumentAccess.Rights rights) {
        return new FolderInfo(f.getId(), f.getName(), f.getVisibility(), f.isSpeakersAdd(), rights.canAddTo(f), f.getTrashedAt());
    }

    private Function<Item, ItemRow> rowMapper(Collection<Item> page, DocumentAccess.Rights rights) {
        var ids = page.stream().map(Item::getId).toList();
        Map<Long, ItemVersion> current = versions.findByItemIdIn(ids).stream()
                .collect(Collectors.toMap(ItemVersion::getItemId, v -> v, (a, b) -> a.getNumber() > b.getNumber() ? a : b));
        Set<Long> people = page.stream().map(Item::getAddedBy).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        var names = accounts.displayNames(people);
        var folderById = new java.util.HashMap<Long, Folder>();
        return item -> {
            var folder = folderById.computeIfAbsent(item.getFolderId(), this::folder);
            var v = current.get(item.getId());
            var effective = item.getVisibility() != null ? item.getVisibility() : folder.getVisibility();
            return new ItemRow(item.getId(), item.getFolderId(), item.getKind(), item.getTitle(), item.getDescription(),
                    item.getLanguage(), item.getUrl(), effective, item.getVisibility() != null, item.getCurrentVersion(),
                    item.getSize(), v == null ? null : v.getFileName(), v == null ? null : v.getMediaType(),
                    v == null ? null : FileTypes.ALLOWED.getOrDefault(v.getMediaType(), v.getMediaType()),
                    item.getAddedBy() == null ? "" : names.getOrDefault(item.getAddedBy(), ""), item.getAddedAt(),
                    item.getUpdatedAt(), rights.canChange(item, folder), v != null && FileTypes.previewable(v.getMediaType()),
                    item.getTrashedAt());
        };
    }
}

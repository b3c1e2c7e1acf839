package org.convene.document;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemRepository extends JpaRepository<Item, Long> {

    /**
     * Items of one folder (or, with folderId null, of the whole library) that are not in the trash
     * and that the viewer may see: the item's visibility, else its folder's, is in {@code levels};
     * people always see what they added themselves. {@code text}: lower-case LIKE pattern or null.
     */
    @Query(value = """
            select i from Item i join Folder f on f.id = i.folderId
            where f.libraryId = :libraryId and (:folderId is null or i.folderId = :folderId)
              and i.trashedAt is null and f.trashedAt is null
              and (coalesce(i.visibility, f.visibility) in :levels or i.addedBy = :me)
              and (:text is null or lower(i.title) like :text escape '!' or lower(i.description) like :text escape '!')""",
            countQuery = """
            select count(i) from Item i join Folder f on f.id = i.folderId
            where f.libraryId = :libraryId and (:folderId is null or i.folderId = :folderId)
              and i.trashedAt is null and f.trashedAt is null
              and (coalesce(i.visibility, f.visibility) in :levels or i.addedBy = :me)
              and (:text is null or lower(i.title) like :text escape '!' or lower(i.description) like :text escape '!')""")
    Page<Item> visible(long libraryId, Long folderId, Collection<DocumentVisibility> levels, long me, String text,
                       Pageable pageable);

    /** Folders of a library that hold at least one item the viewer may see. */
    @Query("""
            select distinct i.folderId from Item i join Folder f on f.id = i.folderId
            where f.libraryId = :libraryId and i.trashedAt is null
              and (coalesce(i.visibility, f.visibility) in :levels or i.addedBy = :me)""")
    List<Long> foldersWithVisibleItems(long libraryId, Collection<DocumentVisibility> levels, long me);

    /** The trash: items deleted on their own (their folder still in place). */
    @Query("""
            select i from Item i join Folder f on f.id = i.folderId
            where f.libraryId = :libraryId and i.trashedAt is not null and f.trashedAt is null
            order by i.trashedAt desc""")
    List<Item> trashed(long libraryId);

    List<Item> findByFolderId(long folderId);

    List<Item> findByFolderIdIn(Collection<Long> folderIds);
}

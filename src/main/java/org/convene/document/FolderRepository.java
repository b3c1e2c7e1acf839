package org.convene.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FolderRepository extends JpaRepository<Folder, Long> {

    List<Folder> findByLibraryIdOrderByPositionAscIdAsc(long libraryId);
}

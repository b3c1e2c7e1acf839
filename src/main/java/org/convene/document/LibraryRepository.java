package org.convene.document;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LibraryRepository extends JpaRepository<Library, Long> {

    Optional<Library> findBySeminarId(long seminarId);

    Optional<Library> findByGroupId(long groupId);
}

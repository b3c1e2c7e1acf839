package org.convene.statement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParagraphSourceRepository extends JpaRepository<ParagraphSource, Long> {
    @Query("select s from ParagraphSource s where s.paragraphId in :ids")
    List<ParagraphSource> findByParagraphs(@Param("ids") Collection<Long> paragraphIds);
}

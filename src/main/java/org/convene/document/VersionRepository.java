package org.convene.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VersionRepository extends JpaRepository<ItemVersion, Long> {

    List<ItemVersion> findByItemIdOrderByNumberDesc(long itemId);

    Optional<ItemVersion> findByItemIdAndNumber(long itemId, int number);

    List<ItemVersion> findByItemIdIn(Collection<Long> itemIds);
}

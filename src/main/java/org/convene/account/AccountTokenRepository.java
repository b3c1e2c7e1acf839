package org.convene.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Uses a token once: only one caller gets 1, however many click at the same time. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null and t.expiresAt > :now")
    int use(@Param("id") long id, @Param("now") Instant now);

    /** Other open links of the same kind stop working once one is used. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AccountToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
    int useAll(@Param("userId") long userId, @Param("purpose") AccountToken.Purpose purpose, @Param("now") Instant now);

    @Query("select count(t) > 0 from AccountToken t where t.userId = :userId and t.purpose = :purpose and t.createdAt > :since")
    boolean issuedSince(@Param("userId") long userId, @Param("purpose") AccountToken.Purpose purpose,
                        @Param("since") Instant since);
}

package org.convene.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(u) > 0 from User u join u.roles r where r = :role")
    boolean existsWithRole(@Param("role") Role role);

    @Query("select count(u) from User u join u.roles r where r = :role")
    long countWithRole(@Param("role") Role role);

    /** Without text; a text search goes through {@link UserSearch}. No count: the grids scroll on while rows come. */
    @Query("select u from User u where (:role is null or :role member of u.roles)")
    Slice<User> search(@Param("role") Role role, Pageable pageable);

    List<User> findByIdIn(Collection<Long> ids);

    /** The security version of an enabled account; empty when the account is gone or disabled. */
    @Query("select u.securityVersion from User u where u.id = :id and u.enabled = true")
    Optional<Long> currentSecurityVersion(@Param("id") long id);

    /** Takes the organisers' turn (see V101): until commit, other role changes and deletions wait. */
    @Modifying
    @Query(nativeQuery = true, value = "UPDATE app_lock SET version = version + 1 WHERE name = 'organisers'")
    int lockOrganisers();

    /** The feed's owner by the token's hash, without loading the account (read on every feed request). */
    @Query("select u.id from User u where u.calendarTokenHash = :hash and u.enabled = true")
    Optional<Long> idForCalendarTokenHash(@Param("hash") String calendarTokenHash);
}

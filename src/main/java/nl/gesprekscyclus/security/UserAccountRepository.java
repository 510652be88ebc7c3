package nl.gesprekscyclus.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** By the exact stored name: callers pass the one form ({@link Usernames}), never an ignore-case compare. */
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByExtraRolesContaining(String role);

    java.util.List<UserAccount> findByExtraRolesContaining(String role);

    long countByDemoTrue();
}

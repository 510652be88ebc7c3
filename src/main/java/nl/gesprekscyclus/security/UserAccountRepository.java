package nl.gesprekscyclus.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByExtraRolesContaining(String role);

    java.util.List<UserAccount> findByExtraRolesContaining(String role);

    long countByDemoTrue();
}

package nl.gesprekscyclus.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every refused access is logged (who, what, which record) before it is refused. The audit trail of a
 * later issue will store these; for now they go to the log category {@code gesprekscyclus.security}.
 */
@Component
public class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    private final CurrentUser currentUser;

    AccessRefusals(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public AccessDeniedException refuse(String action, String record) {
        String who = currentUser.get().map(AppUser::getUsername).orElse("(anonymous)");
        log.warn("Access refused: user={} action={} record={}", who, action, record);
        return new AccessDeniedException("Access refused: " + action + " " + record);
    }
}

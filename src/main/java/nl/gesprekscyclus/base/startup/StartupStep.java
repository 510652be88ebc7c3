package nl.gesprekscyclus.base.startup;

import org.springframework.core.Ordered;

/**
 * One part of the data the application puts in the database when it starts: the function book versions, the
 * role catalogue, the unit tree, the demo organisation, the demo logins, the demo's roles. {@link StartupData} runs every step in one transaction, in
 * their order, so a step that fails leaves nothing of the others behind. A step skips what is there already.
 */
public interface StartupStep extends Ordered {

    int FUNCTION_BOOKS = 100;
    int ROLES = 150;
    int UNITS = 200;
    int DEMO_ORGANISATION = 300;
    int DEMO_ACCOUNTS = 400;
    int DEMO_ROLES = 500;

    /** Does this step's part, or throws with a message that says what to fix. */
    void run();
}

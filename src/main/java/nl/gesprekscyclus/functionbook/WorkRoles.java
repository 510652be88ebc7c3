package nl.gesprekscyclus.functionbook;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.startup.StartupStep;
import nl.gesprekscyclus.functionbook.WorkRoleHolders.Holder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role catalogue in use: read at start-up right after the function book (its competencies and levels come from
 * the book), and refused while someone still fills a role it no longer has, unless a role {@code replaces} it: then
 * those assignments move to that role, each move audited, in the start-up's one transaction. Internal to services;
 * screens go through {@link FunctionBookService}.
 */
@Component
public class WorkRoles implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(WorkRoles.class);
    /** How many assignments a refusal names; the rest are counted. */
    static final int LISTED = 50;

    private final FunctionBooks books;
    private final WorkRoleReader reader;
    private final WorkRoleProperties properties;
    private final WorkRoleHolders holders;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile WorkRoleCatalogue catalogue;

    WorkRoles(FunctionBooks books, WorkRoleReader reader, WorkRoleProperties properties, WorkRoleHolders holders,
            AuditTrail audit, Clock clock) {
        this.books = books;
        this.reader = reader;
        this.properties = properties;
        this.holders = holders;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ROLES;
    }

    @Override
    public void run() {
        ensureLoaded();
    }

    /** The catalogue in use (read at start-up). */
    public WorkRoleCatalogue catalogue() {
        ensureLoaded();
        return catalogue;
    }

    private synchronized void ensureLoaded() {
        if (catalogue == null) {
            catalogue = activate(properties.location());
            log.info("Role catalogue from {}: {} roles", properties.location(), catalogue.roles().size());
        }
    }

    /**
     * Reads and checks the folder against the current function book, then makes sure nobody is left on a role the
     * catalogue lacks: refused with the list of them, or moved where a role replaces theirs. Does not change the
     * catalogue in use (the start-up step does, with what this returns).
     */
    @Transactional
    public WorkRoleCatalogue activate(Path dir) {
        WorkRoleCatalogue read = reader.read(dir, books.current().book());
        LocalDate today = LocalDate.now(clock);
        List<Holder> outside = holders.outside(read.roles().stream().map(WorkRole::code)
                .collect(Collectors.toSet()), today);
        List<Holder> unmapped = outside.stream().filter(h -> !read.replacing().containsKey(h.roleCode())).toList();
        if (!unmapped.isEmpty()) {
            throw new IllegalStateException(refusal(dir, unmapped));
        }
        for (Holder h : outside) {
            WorkRole to = read.replacing().get(h.roleCode());
            holders.replace(h, to, today);
            // one entry per person: their file shows why their role changed
            audit.record("(system)", "ROLE_ASSIGNMENT_REPLACED", "role assignment " + h.assignmentId(),
                    h.employeeId(), AuditTrail.SUCCESS, null, "'" + h.roleCode() + "' -> '" + to.code()
                            + "' from " + today + " (role catalogue " + dir + ")");
        }
        if (!outside.isEmpty()) {
            log.warn("Role catalogue {}: {} role assignments moved to the role that replaces theirs", dir,
                    outside.size());
        }
        return read;
    }

    private static String refusal(Path dir, List<Holder> refused) {
        List<String> lines = new ArrayList<>();
        refused.stream().limit(LISTED).forEach(h -> lines.add(h.personnelNumber() + " " + h.name() + ": "
                + h.roleCode() + " from " + h.from() + (h.to() == null ? "" : " to " + h.to())));
        if (refused.size() > LISTED) {
            lines.add("… and " + (refused.size() - LISTED) + " more");
        }
        return "Role catalogue " + dir + " does not have the role of " + refused.size() + " assignment"
                + (refused.size() == 1 ? "" : "s") + " that " + (refused.size() == 1 ? "is" : "are")
                + " running or still to come (personnel number, name: role, period):\n  " + String.join("\n  ", lines)
                + "\nKeep the role in the catalogue, end these assignments first, or name the role that takes them "
                + "over with 'replaces: [old-code]' (docs/roles.md). Nothing was changed.";
    }
}

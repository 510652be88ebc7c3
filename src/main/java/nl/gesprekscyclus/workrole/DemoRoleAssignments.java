package nl.gesprekscyclus.workrole;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.startup.StartupStep;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.functionbook.WorkRoles;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only ({@code demo} profile and {@code gesprekscyclus.demo.roles.enabled=true}): on a start that finds no role
 * assignment at all, stores those of {@code role-assignments.yaml} in the demo folder (Ommen's; a demo folder
 * without the file has none), with dates relative to this year so the demo stays current. Each is checked by the
 * same rules as one a manager enters; a bad entry stops the start with the file and the entry, like the other demo
 * files. Written as the people the file names (no login is needed while the application starts).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gesprekscyclus.demo.roles.enabled", havingValue = "true")
class DemoRoleAssignments implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoRoleAssignments.class);
    static final String FILE = "role-assignments.yaml";
    /** "Y-03-01", "Y-1-09-30", "Y+1-01-01": a day of this year, or of a year this many years away. */
    private static final Pattern RELATIVE_DAY = Pattern.compile("Y([+-]\\d+)?-(\\d{2})-(\\d{2})");

    record Entry(String personnelNumber, String role, String from, String to, Integer share,
            RoleAssignmentStatus status, String by, String decidedBy, String endedBy) {
    }

    record DemoFile(List<Entry> assignments) {
    }

    private final RoleAssignmentRepository assignments;
    private final OrganisationDirectory directory;
    private final WorkRoles roles;
    private final Clock clock;
    private final Path file;

    DemoRoleAssignments(RoleAssignmentRepository assignments, OrganisationDirectory directory, WorkRoles roles,
            Clock clock, @Value("${gesprekscyclus.demo-dir:config/demo}") Path demoDir) {
        this.assignments = assignments;
        this.directory = directory;
        this.roles = roles;
        this.clock = clock;
        this.file = demoDir.resolve(FILE);
    }

    @Override
    public int getOrder() {
        return DEMO_ROLES;
    }

    @Override
    public void run() {
        if (!Files.exists(file) || assignments.count() > 0) {
            return;
        }
        DemoFile demo = read();
        Instant now = Instant.now(clock);
        int year = LocalDate.now(clock).getYear();
        Map<Long, List<RoleAssignment>> stored = new HashMap<>();
        for (int i = 0; i < demo.assignments().size(); i++) {
            Entry e = demo.assignments().get(i);
            String where = file + ": assignments[" + i + "] (" + e.personnelNumber() + " " + e.role() + "): ";
            EmployeeSummary employee = directory.employeeByPersonnelNumber(String.valueOf(e.personnelNumber()))
                    .orElseThrow(() -> new IllegalStateException(where + "no employee with this personnel number"));
            Optional<WorkRole> role = Optional.ofNullable(e.role()).flatMap(roles.catalogue()::role);
            LocalDate from = day(e.from(), year, where);
            LocalDate to = day(e.to(), year, where);
            List<RoleAssignment> mine = stored.computeIfAbsent(employee.id(), id -> new ArrayList<>());
            List<Violation> violations = RoleAssignmentRules.check(null, e.role(), role.isPresent(), employee.active(),
                    from, to, e.share(), mine.stream().map(RoleAssignment::period).toList());
            if (!violations.isEmpty() || e.by() == null) {
                throw new IllegalStateException(where + (e.by() == null ? "'by' is missing" : violations.stream()
                        .map(v -> v.field() + " " + v.message(Locale.ENGLISH)).collect(Collectors.joining(", "))));
            }
            RoleAssignmentStatus status = e.status() == null ? RoleAssignmentStatus.ASSIGNED : e.status();
            boolean proposedFirst = status == RoleAssignmentStatus.PROPOSED || status == RoleAssignmentStatus.REJECTED
                    || e.decidedBy() != null;
            RoleAssignment a = new RoleAssignment(employee.id(), role.get().code(), role.get().name(), from, to,
                    e.share(), proposedFirst ? RoleAssignmentStatus.PROPOSED : RoleAssignmentStatus.ASSIGNED, e.by(),
                    now);
            if (proposedFirst && status != RoleAssignmentStatus.PROPOSED) {
                a.decide(status != RoleAssignmentStatus.REJECTED, e.decidedBy() == null ? e.by() : e.decidedBy(), now);
            }
            if (status == RoleAssignmentStatus.ENDED) {
                if (to == null) {
                    throw new IllegalStateException(where + "an ended assignment needs its last day in 'to'");
                }
                a.endOn(to, e.endedBy() == null ? e.by() : e.endedBy(), now);
            }
            mine.add(assignments.save(a));
        }
        log.info("Demo role assignments loaded from {}: {}", file, demo.assignments().size());
    }

    private DemoFile read() {
        try {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(file.toFile(), DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo role assignments " + file.toAbsolutePath() + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    static LocalDate day(String text, int year, String where) {
        if (text == null) {
            return null;
        }
        Matcher m = RELATIVE_DAY.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalStateException(where + "'" + text + "' is no day like Y-03-01 or Y-1-09-30");
        }
        int offset = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        try {
            return LocalDate.of(year + offset, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException(where + "'" + text + "' is no day: " + e.getMessage(), e);
        }
    }
}

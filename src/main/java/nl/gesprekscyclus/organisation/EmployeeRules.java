package nl.gesprekscyclus.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gesprekscyclus.base.Violation;

/**
 * The rules for employee data, the same for the admin form and every row of a CSV import. Lookups
 * come from a {@link Context}: the database for the form, the database overlaid with the file for an import.
 */
final class EmployeeRules {

    static final Pattern PERSONNEL_NUMBER = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._-]{0," + (EmployeeData.MAX_PERSONNEL_NUMBER - 1) + "}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final LocalDate EARLIEST_START = LocalDate.of(1950, 1, 1);

    /** What the rules need to know about the rest of the organisation. */
    interface Context {
        boolean jobTitleExists(String code);

        boolean unitExists(String code);

        /** The manager the unit gives this employee (see {@link ManagerResolution}), with the tree after the change. */
        Optional<String> managerFromUnit(String unitCode, String personnelNumber);

        /** The names of the units this person manages or is the deputy of, after the change. */
        List<String> unitsLedBy(String personnelNumber);

        /** The employee with that number as it will be after the change (file rows override the database). */
        Optional<Person> person(String personnelNumber);

        /** The personnel number of whoever else uses this e-mail address, if anyone. */
        Optional<String> emailOwner(String email);

        LocalDate today();
    }

    /** What the rules need of a referenced person; {@code managerNumber} is their effective manager. */
    record Person(String personnelNumber, boolean active, boolean coordinationModule, String managerNumber) {
    }

    private EmployeeRules() {
    }

    static List<Violation> validate(EmployeeData d, Context ctx) {
        List<Violation> v = new ArrayList<>();
        if (d.personnelNumber() == null) {
            v.add(Violation.of("personnelNumber", "employee.error.required"));
        } else if (!PERSONNEL_NUMBER.matcher(d.personnelNumber()).matches()) {
            v.add(Violation.of("personnelNumber", "employee.error.personnelNumber"));
        }
        name(v, "firstName", d.firstName(), EmployeeData.MAX_FIRST_NAME, true);
        name(v, "namePrefix", d.namePrefix(), EmployeeData.MAX_NAME_PREFIX, false);
        name(v, "lastName", d.lastName(), EmployeeData.MAX_LAST_NAME, true);
        if (d.email() == null) {
            v.add(Violation.of("email", "employee.error.required"));
        } else if (d.email().length() > EmployeeData.MAX_EMAIL || !EMAIL.matcher(d.email()).matches()) {
            v.add(Violation.of("email", "employee.error.email"));
        } else {
            ctx.emailOwner(d.email()).filter(owner -> !owner.equals(d.personnelNumber()))
                    .ifPresent(owner -> v.add(Violation.of("email", "employee.error.emailTaken", owner)));
        }
        if (d.jobTitleCode() == null) {
            v.add(Violation.of("jobTitle", "employee.error.required"));
        } else if (!ctx.jobTitleExists(d.jobTitleCode())) {
            v.add(Violation.of("jobTitle", "employee.error.jobTitleUnknown", d.jobTitleCode()));
        }
        if (d.unitCode() == null) {
            v.add(Violation.of("unit", "employee.error.required"));
        } else if (!ctx.unitExists(d.unitCode())) {
            v.add(Violation.of("unit", "employee.error.unitUnknown", d.unitCode()));
        }
        if (d.startDate() == null) {
            v.add(Violation.of("startDate", "employee.error.required"));
        } else if (d.startDate().isBefore(EARLIEST_START) || d.startDate().isAfter(ctx.today().plusYears(1))) {
            v.add(Violation.of("startDate", "employee.error.startDate"));
        }
        manager(v, d, ctx);
        coordinator(v, d, ctx);
        if (!d.active() && d.personnelNumber() != null) {
            List<String> led = ctx.unitsLedBy(d.personnelNumber());
            if (!led.isEmpty()) {
                v.add(Violation.of("active", "employee.error.stillLeadsUnit", String.join(", ", led)));
            }
        }
        return v;
    }

    /**
     * The manager set for this employee ({@code managerNumber}, an override) must exist and be in service; and the
     * effective manager, set or given by the unit, must not make the line of managers a circle.
     */
    private static void manager(List<Violation> v, EmployeeData d, Context ctx) {
        String override = d.managerNumber();
        if (override != null) {
            if (override.equals(d.personnelNumber())) {
                v.add(Violation.of("manager", "employee.error.ownManager"));
                return;
            }
            Optional<Person> manager = ctx.person(override);
            if (manager.isEmpty()) {
                v.add(Violation.of("manager", "employee.error.unknownPerson", override));
                return;
            }
            if (!manager.get().active() && d.active()) {
                v.add(Violation.of("manager", "employee.error.inactivePerson", override));
                return;
            }
        }
        String effective = override != null ? override
                : d.unitCode() == null ? null : ctx.managerFromUnit(d.unitCode(), d.personnelNumber()).orElse(null);
        if (effective != null && d.personnelNumber() != null && managesIndirectly(d.personnelNumber(), effective, ctx)) {
            v.add(Violation.of(override != null ? "manager" : "unit", "employee.error.managerCycle", effective));
        }
    }

    /** Whether {@code employee} is already above {@code proposedManager} in the line: the new line would be a circle. */
    private static boolean managesIndirectly(String employee, String proposedManager, Context ctx) {
        Set<String> seen = new HashSet<>();
        String current = proposedManager;
        while (current != null && seen.add(current)) {
            Optional<Person> p = ctx.person(current);
            if (p.isEmpty()) {
                return false;
            }
            current = p.get().managerNumber();
            if (employee.equals(current)) {
                return true;
            }
        }
        return current != null; // a circle that does not pass through this employee is also refused
    }

    private static void coordinator(List<Violation> v, EmployeeData d, Context ctx) {
        if (d.coordinatorNumber() == null) {
            return;
        }
        if (d.coordinatorNumber().equals(d.personnelNumber())) {
            v.add(Violation.of("coordinator", "employee.error.ownCoordinator"));
            return;
        }
        Optional<Person> coordinator = ctx.person(d.coordinatorNumber());
        if (coordinator.isEmpty()) {
            v.add(Violation.of("coordinator", "employee.error.unknownPerson", d.coordinatorNumber()));
        } else if (!coordinator.get().active() && d.active()) {
            v.add(Violation.of("coordinator", "employee.error.inactivePerson", d.coordinatorNumber()));
        } else if (!coordinator.get().coordinationModule()) {
            v.add(Violation.of("coordinator", "employee.error.noModule", d.coordinatorNumber()));
        }
    }

    private static void name(List<Violation> v, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                v.add(Violation.of(field, "employee.error.required"));
            }
        } else if (value.length() > max) {
            v.add(Violation.of(field, "employee.error.tooLong", max));
        } else {
            NameCharacters.problem(field, value).ifPresent(v::add);
        }
    }
}

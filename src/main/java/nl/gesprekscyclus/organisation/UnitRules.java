package nl.gesprekscyclus.organisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.gesprekscyclus.base.Violation;

/**
 * The rules for a unit, the same for the admin form and every row of a units file: a code, a name and a kind; a
 * parent that exists and is not the unit itself or one of its sub-units; one unit at the top; a manager who is in
 * service (every unit needs one, the top too: the top's manager is the gemeentesecretaris), and a deputy in service
 * who is not the manager. Lookups come from a {@link Context}: the tree and the people as they will be after the
 * change.
 */
final class UnitRules {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (UnitData.MAX_CODE - 1) + "}");
    private static final BigDecimal MAX_FTE = BigDecimal.valueOf(1_000_000);

    /** What the rules need to know about the rest of the organisation. */
    interface Context {
        /** The tree as it will be after the change, this unit included. */
        UnitTree tree();

        /** The employee with that number as they will be after the change. */
        Optional<EmployeeRules.Person> person(String personnelNumber);
    }

    private UnitRules() {
    }

    static List<Violation> validate(UnitData d, Context ctx) {
        List<Violation> v = new ArrayList<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            v.add(Violation.of("code", "unit.error.code"));
        }
        text(v, "name", d.name(), UnitData.MAX_NAME);
        text(v, "kind", d.kind(), UnitData.MAX_KIND);
        parent(v, d, ctx.tree());
        person(v, "manager", d.managerNumber(), ctx);
        if (d.managerNumber() == null) {
            v.add(Violation.of("manager", "unit.error.managerRequired"));
        }
        if (d.deputyNumber() != null && d.deputyNumber().equals(d.managerNumber())) {
            v.add(Violation.of("deputy", "unit.error.deputyIsManager"));
        } else {
            person(v, "deputy", d.deputyNumber(), ctx);
        }
        if (d.approximateFte() != null && (d.approximateFte().signum() < 0 || d.approximateFte().compareTo(MAX_FTE) > 0)) {
            v.add(Violation.of("approximateFte", "unit.error.fte"));
        }
        if (d.description() != null && d.description().length() > UnitData.MAX_DESCRIPTION) {
            v.add(Violation.of("description", "employee.error.tooLong", UnitData.MAX_DESCRIPTION));
        }
        return v;
    }

    private static void parent(List<Violation> v, UnitData d, UnitTree tree) {
        if (d.parentCode() == null) {
            tree.roots().stream().filter(r -> !r.code().equals(d.code())).findFirst()
                    .ifPresent(other -> v.add(Violation.of("parent", "unit.error.secondRoot", other.name())));
        } else if (!tree.contains(d.parentCode())) {
            v.add(Violation.of("parent", "unit.error.parentUnknown", d.parentCode()));
        } else if (d.code() != null) {
            List<String> circle = tree.circleAbove(d.code());
            if (!circle.isEmpty()) {
                v.add(Violation.of("parent", "unit.error.cycle", String.join(" → ", circle)));
            }
        }
    }

    private static void person(List<Violation> v, String field, String number, Context ctx) {
        if (number == null) {
            return;
        }
        Optional<EmployeeRules.Person> person = ctx.person(number);
        if (person.isEmpty()) {
            v.add(Violation.of(field, "employee.error.unknownPerson", number));
        } else if (!person.get().active()) {
            v.add(Violation.of(field, "employee.error.inactivePerson", number));
        }
    }

    private static void text(List<Violation> v, String field, String value, int max) {
        if (value == null) {
            v.add(Violation.of(field, "employee.error.required"));
        } else if (value.length() > max) {
            v.add(Violation.of(field, "employee.error.tooLong", max));
        } else {
            NameCharacters.problem(field, value).ifPresent(v::add);
        }
    }
}

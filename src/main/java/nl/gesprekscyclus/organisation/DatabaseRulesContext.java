package nl.gesprekscyclus.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.gesprekscyclus.functionbook.FunctionBook;

/** The rules' view of the organisation as it is in the database (for the admin form). */
final class DatabaseRulesContext extends TreeRulesContext {

    private final EmployeeRepository employees;
    private final Clock clock;

    DatabaseRulesContext(EmployeeRepository employees, UnitTree tree, FunctionBook book, Clock clock) {
        super(book, tree);
        this.employees = employees;
        this.clock = clock;
    }

    @Override
    public Optional<EmployeeRules.Person> person(String personnelNumber) {
        return employees.findByPersonnelNumber(personnelNumber).map(e -> new EmployeeRules.Person(
                e.getPersonnelNumber(), e.isActive(), e.hasCoordinationModule(),
                e.getManager() == null ? null : e.getManager().getPersonnelNumber()));
    }

    @Override
    public Optional<String> emailOwner(String email) {
        return employees.findByEmail(email).map(Employee::getPersonnelNumber);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

package nl.gesprekscyclus.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.gesprekscyclus.functionbook.FunctionBook;

/** The rules' view of the organisation as it is in the database (for the admin form). */
final class DatabaseRulesContext implements EmployeeRules.Context {

    private final EmployeeRepository employees;
    private final ClusterRepository clusters;
    private final FunctionBook book;
    private final Clock clock;

    DatabaseRulesContext(EmployeeRepository employees, ClusterRepository clusters, FunctionBook book, Clock clock) {
        this.employees = employees;
        this.clusters = clusters;
        this.book = book;
        this.clock = clock;
    }

    @Override
    public boolean jobTitleExists(String code) {
        return book.jobTitle(code).isPresent();
    }

    @Override
    public boolean clusterExists(String code) {
        return clusters.findByCode(code).isPresent();
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

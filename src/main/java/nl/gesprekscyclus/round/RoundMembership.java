package nl.gesprekscyclus.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewStarter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round's process steps: select the employees (stored as members, in numbered batches), start the
 * reviews of one batch per transaction, add a late joiner, follow a function change, close. Each step can
 * be repeated safely: a member who already has a review for the year is skipped.
 */
@Component
@Transactional
public class RoundMembership {

    private final RoundRepository rounds;
    private final OrganisationDirectory directory;
    private final ReviewStarter starter;
    private final FunctionBooks books;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RoundMembership(RoundRepository rounds, OrganisationDirectory directory, ReviewStarter starter, FunctionBooks books,
            JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.directory = directory;
        this.starter = starter;
        this.books = books;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Selects the round's employees now and numbers them into batches; returns the number of batches. */
    public int prepare(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow();
        RoundSelection selection = round.selection();
        List<Long> ids = directory.activeEmployeeIds(selection.clusterCodes(), selection.personnelNumbers());
        jdbc.update("delete from round_member where round_id = ?", roundId);
        int size = round.getBatchSize();
        List<Object[]> rows = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new Object[] {roundId, ids.get(i), i / size});
        }
        jdbc.batchUpdate("insert into round_member (round_id, employee_id, batch_number) values (?, ?, ?)", rows);
        round.selected(ids.size());
        audit.record("(system)", "round.select", "round " + round.getYear(), null, AuditTrail.SUCCESS, null,
                ids.size() + " employees");
        return (ids.size() + size - 1) / size;
    }

    /** Starts the reviews of one batch; those who have one for the year already are skipped. */
    public int startBatch(long roundId, int batchNumber) {
        Round round = rounds.findById(roundId).orElseThrow();
        List<Long> ids = jdbc.queryForList(
                "select employee_id from round_member where round_id = ? and batch_number = ? order by employee_id",
                Long.class, roundId, batchNumber);
        ReviewStarter.Started started = starter.startAll(roundId, round.calendar(), round.policy(),
                directory.employees(ids), books.current());
        notStarted(roundId, started);
        return started.count();
    }

    /** Records, per member without a review because of the assessment policy, why: the round's screen names them. */
    private void notStarted(long roundId, ReviewStarter.Started started) {
        if (started.notStarted().isEmpty()) {
            return;
        }
        jdbc.batchUpdate("update round_member set not_started_reason = ? where round_id = ? and employee_id = ?",
                started.notStarted().entrySet().stream()
                        .map(e -> new Object[] {e.getValue(), roundId, e.getKey()}).toList());
    }

    /** A new employee during the year: a member of the open round, with a review if in service long enough. */
    public void addEmployee(long roundId, String personnelNumber) {
        Round round = rounds.findById(roundId).orElseThrow();
        if (!round.isOpen()) {
            return;
        }
        directory.employeeByPersonnelNumber(personnelNumber).filter(EmployeeSummary::active).ifPresent(employee -> {
            Integer known = jdbc.queryForObject(
                    "select count(*) from round_member where round_id = ? and employee_id = ?", Integer.class, roundId,
                    employee.id());
            if (known == null || known == 0) {
                // joiners are not part of a start batch: batch number -1
                jdbc.update("insert into round_member (round_id, employee_id, batch_number) values (?, ?, -1)",
                        roundId, employee.id());
            }
            notStarted(roundId, starter.start(roundId, round.calendar(), round.policy(), employee, books.current()));
        });
    }

    /**
     * A change of function, manager or coordinator reaches the employee's review of this round. A member who got
     * no review because their line could not be resolved is tried again: the change may have mended it.
     */
    public void updateEmployee(long roundId, String personnelNumber) {
        Round round = rounds.findById(roundId).orElseThrow();
        directory.employeeByPersonnelNumber(personnelNumber).ifPresent(employee -> {
            List<String> reason = jdbc.queryForList("select not_started_reason from round_member where round_id = ?"
                    + " and employee_id = ? and not_started_reason is not null", String.class, roundId, employee.id());
            if (!reason.isEmpty() && round.isOpen() && employee.active()) {
                ReviewStarter.Started started = starter.start(roundId, round.calendar(), round.policy(), employee,
                        books.current());
                jdbc.update("update round_member set not_started_reason = ? where round_id = ? and employee_id = ?",
                        started.notStarted().get(employee.id()), roundId, employee.id());
                return;
            }
            starter.update(round.getYear(), round.policy(), employee, books.current());
        });
    }

    public void close(long roundId) {
        rounds.findById(roundId).orElseThrow().close(clock.instant());
    }
}

package nl.gesprekscyclus.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.OwnTransaction;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewStarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round's process steps: select the employees (stored as members, in numbered batches), start the
 * reviews of one batch per transaction, add a late joiner, follow a function change, take in an import's
 * joiners and function changes in batches, close. Each step can be repeated safely: a member who already has a
 * review for the year is skipped.
 */
@Component
@Transactional
public class RoundMembership {

    private static final Logger log = LoggerFactory.getLogger(RoundMembership.class);

    /** Ids per query: well below what any database takes in one IN list. */
    private static final int IN_LIST = 1000;

    /** On the round's screen for a member whose start failed ({@link #startFailed}). */
    static final String START_FAILED = "De gesprekscyclus kon door een technische fout niet starten; de oorzaak staat"
            + " in het logboek en de audittrail (review.start.failed). Na herstel start de eerstvolgende wijziging"
            + " van de medewerker (scherm of import) de gesprekscyclus alsnog.";

    private final RoundRepository rounds;
    private final OrganisationDirectory directory;
    private final ReviewStarter starter;
    private final FunctionBooks books;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final OwnTransaction separately;

    RoundMembership(RoundRepository rounds, OrganisationDirectory directory, ReviewStarter starter, FunctionBooks books,
            JdbcTemplate jdbc, NamedParameterJdbcTemplate namedJdbc, AuditTrail audit, Clock clock,
            OwnTransaction separately) {
        this.separately = separately;
        this.rounds = rounds;
        this.directory = directory;
        this.starter = starter;
        this.books = books;
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Selects the round's employees now and numbers them into batches; returns the number of batches. */
    public int prepare(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow();
        RoundSelection selection = round.selection();
        List<Long> ids = directory.activeEmployeeIds(selection.unitCodes(), selection.personnelNumbers());
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

    /**
     * Starts the reviews of one batch, each up to its first task, in one transaction of the batch's own; those who
     * have one for the year already are skipped. When that transaction fails, the batch is started again one review
     * per transaction: the others start, and the one that cannot is left without anything of a review and named on
     * the round's screen with why ({@link #startFailed}). So one bad review never holds up its batch or the batches
     * after it (they run one after the other, and a failing batch job would be retried, then stop them).
     */
    public int startBatch(long roundId, int batchNumber) {
        return inBatchOrOneByOne(roundId, batchNumber, false);
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
     * A change of manager or coordinator reaches the employee's review of this round (a change of function was
     * recorded in the transaction of the change itself: {@link RoundOrganisationListener}). A member who got no
     * review because their line could not be resolved is tried again: the change may have mended it.
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
            starter.update(round.getYear(), round.policy(), employee);
        });
    }

    /** Where an import's joiners and function changes wait: batch numbers {@code first} to {@code first + count - 1}. */
    public record ImportBatches(int first, int count) {
    }

    /**
     * Hands an import's joiners and function changes to the round: joiners become members (as {@link #addEmployee}
     * does for one), and every member concerned is numbered into batches of the round's size after all batch
     * numbers the round has used. {@link #updateImportBatch} then deals with one batch per job. A few plain
     * statements in the import's transaction, however many people the round or the import holds. Someone whose
     * function changed but who is not in the round (not selected) has no review to update and is left out.
     */
    public ImportBatches queueImport(Round round, List<Long> joined, List<Long> changed) {
        Set<Long> members = new HashSet<>();
        List<Long> concerned = new ArrayList<>(joined);
        concerned.addAll(changed);
        for (int from = 0; from < concerned.size(); from += IN_LIST) {
            members.addAll(namedJdbc.queryForList(
                    "select employee_id from round_member where round_id = :round and employee_id in (:ids)",
                    Map.of("round", round.getId(), "ids", concerned.subList(from, Math.min(concerned.size(),
                            from + IN_LIST))), Long.class));
        }
        List<Long> queued = new ArrayList<>(joined);
        changed.stream().filter(members::contains).forEach(queued::add);
        Integer last = jdbc.queryForObject("select max(batch_number) from round_member where round_id = ?",
                Integer.class, round.getId());
        int first = last == null ? 0 : Math.max(0, last + 1);
        int size = round.getBatchSize();
        List<Object[]> renumber = new ArrayList<>();
        List<Object[]> insert = new ArrayList<>();
        for (int i = 0; i < queued.size(); i++) {
            Long id = queued.get(i);
            int batch = first + i / size;
            if (members.contains(id)) {
                renumber.add(new Object[] {batch, round.getId(), id});
            } else {
                insert.add(new Object[] {round.getId(), id, batch});
            }
        }
        jdbc.batchUpdate("update round_member set batch_number = ? where round_id = ? and employee_id = ?", renumber);
        jdbc.batchUpdate("insert into round_member (round_id, employee_id, batch_number) values (?, ?, ?)", insert);
        return new ImportBatches(first, (queued.size() + size - 1) / size);
    }

    /**
     * One batch of an import: starts the review of a joiner (if in service long enough, as for a joiner from the
     * screen) and brings a running review up to date with a changed function, manager or coordinator. A member of
     * the batch who got no review because of the assessment policy is tried again, and the round's record of why
     * follows the outcome.
     */
    public int updateImportBatch(long roundId, int batchNumber) {
        if (!rounds.findById(roundId).orElseThrow().isOpen()) {
            return 0;
        }
        return inBatchOrOneByOne(roundId, batchNumber, true);
    }

    /**
     * The members of the batch in one transaction of their own ({@link OwnTransaction}: the reviews' processes are
     * started in it too, so a batch is one commit); if it fails, each member in a transaction of their own, and a
     * member who fails on their own too is recorded as {@link #startFailed}. The batch job's own transaction only
     * reads the batch and records those failures. When every member fails on their own too (a member who has a
     * review already counts as a success), the cause is not a review: the batch job fails as before.
     *
     * @param imported an import's batch: start or bring up to date ({@link ReviewStarter#startOrUpdateAll})
     */
    private int inBatchOrOneByOne(long roundId, int batchNumber, boolean imported) {
        List<Long> ids = jdbc.queryForList(
                "select employee_id from round_member where round_id = ? and batch_number = ? order by employee_id",
                Long.class, roundId, batchNumber);
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            return separately.run(() -> start(roundId, ids, imported));
        } catch (RuntimeException batchFailure) {
            log.warn("Batch {} of round {} failed as a whole; starting its {} members one by one", batchNumber,
                    roundId, ids.size(), batchFailure);
        }
        int count = 0;
        Map<Long, RuntimeException> failed = new LinkedHashMap<>();
        for (Long id : ids) {
            try {
                count += separately.run(() -> start(roundId, List.of(id), imported));
            } catch (RuntimeException failure) {
                failed.put(id, failure);
            }
        }
        if (failed.size() == ids.size()) {
            // not one bad review but everyone (the database, the engine): the batch job fails and the engine retries
            // it later (R3/PT5M, then an incident), instead of naming the whole batch on the round's screen
            throw failed.values().iterator().next();
        }
        failed.forEach((id, failure) -> startFailed(roundId, id, failure));
        return count;
    }

    /**
     * Starts (or for an import: starts or updates) the reviews of these members; runs in its own transaction. The
     * round's record of why a member has no review follows the outcome: a member whose start failed before, or whom
     * the policy left out, and who has a review now, is no longer named.
     */
    private int start(long roundId, List<Long> ids, boolean imported) {
        Round round = rounds.findById(roundId).orElseThrow();
        List<EmployeeSummary> employees = directory.employees(ids);
        ReviewStarter.Started started = imported
                ? starter.startOrUpdateAll(roundId, round.calendar(), round.policy(), employees, books.current())
                : starter.startAll(roundId, round.calendar(), round.policy(), employees, books.current());
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            // normally nobody in the batch has a reason: one statement that changes nothing
            namedJdbc.update("update round_member set not_started_reason = null where round_id = :round"
                    + " and not_started_reason is not null and employee_id in (:ids)", Map.of("round", roundId,
                            "ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))));
        }
        notStarted(roundId, started);
        return started.count();
    }

    /**
     * A member whose review could not be started even on its own: nothing of it was made (its transaction rolled
     * back), and the round's screen names them with a reason in Dutch, as it names those the policy leaves out. The
     * cause is in the log and the audit trail. Once it is mended, the next change of the employee (screen or import)
     * starts the review, as for a line that could not be resolved ({@link #updateEmployee}).
     */
    private void startFailed(long roundId, long employeeId, RuntimeException failure) {
        log.error("The review of employee {} in round {} could not be started", employeeId, roundId, failure);
        jdbc.update("update round_member set not_started_reason = ? where round_id = ? and employee_id = ?",
                START_FAILED, roundId, employeeId);
        audit.record("(system)", "review.start.failed", "round " + rounds.findById(roundId).orElseThrow().getYear(),
                employeeId, AuditTrail.FAILURE, null, failure.getClass().getSimpleName() + ": "
                        + abbreviate(String.valueOf(failure.getMessage())));
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    public void close(long roundId) {
        rounds.findById(roundId).orElseThrow().close(clock.instant());
    }
}

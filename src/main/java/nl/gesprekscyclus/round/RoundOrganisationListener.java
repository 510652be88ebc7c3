package nl.gesprekscyclus.round;

import java.time.Clock;
import java.time.LocalDate;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.organisation.EmployeeChange;
import nl.gesprekscyclus.organisation.EmployeeChanges;
import nl.gesprekscyclus.review.ReviewStarter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes in the organisation (screens and CSV import) reach the open round of this year: a joiner is added,
 * a function change updates the review, someone leaving ends their review. Runs in the transaction of the
 * change, so a failed save sends no message; the round's process handles joins and changes of manager or
 * coordinator asynchronously. A change of job title on the employee screen is recorded on the review here, in the
 * same transaction: only here is it known that the job title changed, and on which day.
 * An import's changes come as one event and go to the round in batches (one job each), its leavers' reviews end
 * in an engine batch: the import's transaction does the same few things for 5 rows as for 50,000.
 */
@Component
class RoundOrganisationListener {

    static final String LEFT_SERVICE = "uit dienst";

    private final RoundRepository rounds;
    private final RoundProcess process;
    private final RoundMembership membership;
    private final ReviewStarter starter;
    private final FunctionBooks books;
    private final Clock clock;

    RoundOrganisationListener(RoundRepository rounds, RoundProcess process, RoundMembership membership,
            ReviewStarter starter, FunctionBooks books, Clock clock) {
        this.rounds = rounds;
        this.process = process;
        this.membership = membership;
        this.starter = starter;
        this.books = books;
        this.clock = clock;
    }

    @EventListener
    void on(EmployeeChange change) {
        if (change instanceof EmployeeChange.Left left) {
            starter.employeeLeft(left.employeeId(), LEFT_SERVICE);
            return;
        }
        rounds.findByYear(LocalDate.now(clock).getYear()).filter(Round::isOpen).ifPresent(round -> {
            if (change instanceof EmployeeChange.Joined) {
                process.employeeJoined(round, change.personnelNumber());
            } else {
                if (change instanceof EmployeeChange.FunctionChanged f && f.jobTitleChanged()) {
                    starter.changeFunction(round.getYear(), f.employeeId(), f.jobTitleAfter(), LocalDate.now(clock),
                            books.current());
                }
                process.employeeChanged(round, change.personnelNumber());
            }
        });
    }

    @EventListener
    void on(EmployeeChanges changes) {
        if (!changes.left().isEmpty()) {
            starter.employeesLeft(changes.left(), LEFT_SERVICE);
        }
        if (changes.joined().isEmpty() && changes.functionChanged().isEmpty()) {
            return;
        }
        rounds.findByYear(LocalDate.now(clock).getYear()).filter(Round::isOpen).ifPresent(round -> {
            RoundMembership.ImportBatches batches = membership.queueImport(round, changes.joined(),
                    changes.functionChanged());
            if (batches.count() > 0) {
                process.employeesImported(round, batches.first(), batches.count());
            }
        });
    }
}

package nl.gesprekscyclus.checkin;

import java.time.Clock;
import java.time.LocalDate;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.Review;
import nl.gesprekscyclus.review.ReviewRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the owner of a follow-up action from a check-in, once, from the day before it is due: a notification in
 * the bell and a mail, like a task's reminder. Not a process step (the check-in is no task of the BPMN), so a daily
 * job ({@link CheckInJobs}) asks; the action's {@code reminded_at} and the notification's dedup key make it once.
 * The notification names neither the action nor the conversation: the mail says an action is due and links to the
 * review, where the reader sees it if they may.
 */
@Component
public class CheckInReminders {

    /** The "task" of the notification: the bell and the mail show this name (not a process task). */
    public static final String TASK_KEY = "checkInAction";

    private final CheckInRepository checkIns;
    private final Notifications notifications;
    private final OrganisationDirectory directory;
    private final ReviewRecords reviews;
    private final Clock clock;

    CheckInReminders(CheckInRepository checkIns, Notifications notifications, OrganisationDirectory directory,
            ReviewRecords reviews, Clock clock) {
        this.checkIns = checkIns;
        this.notifications = notifications;
        this.directory = directory;
        this.reviews = reviews;
        this.clock = clock;
    }

    /**
     * Records the reminders of every open action due tomorrow or earlier that was not reminded yet.
     *
     * @return how many reminders were recorded
     */
    @Transactional
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (CheckInAction action : checkIns.actionsToRemind(today.plusDays(1))) {
            Review review = reviews.review(action.getReviewId()).orElseThrow();
            Long owner = action.getOwner() == ActionOwner.EMPLOYEE ? review.getEmployeeId() : review.getManagerId();
            action.reminded(clock.instant());
            if (owner == null || review.getPhase().isFinished()) {
                continue;
            }
            String number = directory.employee(owner).map(EmployeeSummary::personnelNumber).orElse(null);
            if (number != null && notifications.notifyPerson(number, review.getId(), NotificationKind.REMINDER,
                    TASK_KEY, "checkin-action-" + action.getId(), number,
                    action.getDueOn().atStartOfDay(clock.getZone()).toInstant())) {
                sent++;
            }
        }
        return sent;
    }

    /** The action is done: its reminder no longer shows as pending in the bell. */
    void actionDone(long actionId) {
        notifications.taskEnded("checkin-action-" + actionId);
    }
}

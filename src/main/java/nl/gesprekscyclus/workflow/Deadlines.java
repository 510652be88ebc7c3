package nl.gesprekscyclus.workflow;

import java.time.Duration;
import java.util.Date;
import nl.gesprekscyclus.cycle.CycleSettings;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The timer dates of the models ({@code ${deadlines.…}}): reminder before a due date, escalation to the manager
 * and then to HR after it, as configured in config/cycle.yaml.
 */
@Component("deadlines")
public class Deadlines {

    static final int CHANGE_DECISION_DAYS = 14;

    private final CycleSettings.Reminders reminders;

    Deadlines(CycleSettings settings) {
        this.reminders = settings.reminders();
    }

    public Date reminder(Date due) {
        return shift(due, -reminders.daysBeforeDue());
    }

    public Date escalateToManager(Date due) {
        return shift(due, reminders.escalateToManagerDaysAfterDue());
    }

    public Date escalateToHr(Date due) {
        return shift(due, reminders.escalateToHrDaysAfterDue());
    }

    /** The later of two dates (e.g. the assessment's due date and the end of the zienswijze term). */
    public Date later(Date a, Date b) {
        if (a == null) {
            return b;
        }
        return b == null || a.after(b) ? a : b;
    }

    /** A proposed change of agreements is decided within two weeks. */
    public Date changeDecisionDue() {
        return shift(ClockUtil.getCurrentTime(), CHANGE_DECISION_DAYS);
    }

    private static Date shift(Date date, int days) {
        return Date.from(date.toInstant().plus(Duration.ofDays(days)));
    }
}

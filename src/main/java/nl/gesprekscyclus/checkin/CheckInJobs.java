package nl.gesprekscyclus.checkin;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run of the check-in reminders; scheduled only where the application's jobs run
 * ({@code SchedulingConfiguration}); tests call {@link CheckInReminders#remindDue()} themselves.
 */
@Component
class CheckInJobs {

    private final CheckInReminders reminders;

    CheckInJobs(CheckInReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${gesprekscyclus.checkin.reminder-cron:0 30 6 * * *}")
    void remind() {
        reminders.remindDue();
    }
}

package nl.gesprekscyclus.privacy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention deletion every night (runs wherever the application's scheduling is on). */
@Component
class RetentionJob {

    private final Retention retention;

    RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${gesprekscyclus.retention.cron:0 30 3 * * *}")
    void run() {
        retention.deleteExpiredReviews();
    }
}

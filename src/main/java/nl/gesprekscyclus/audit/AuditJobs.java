package nl.gesprekscyclus.audit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The schedule of the sealer and of the nightly check (runs wherever the application's scheduling is on). */
@Component
class AuditJobs {

    private final AuditSealer sealer;
    private final AuditChainCheck check;

    AuditJobs(AuditSealer sealer, AuditChainCheck check) {
        this.sealer = sealer;
        this.check = check;
    }

    @Scheduled(fixedDelayString = "${gesprekscyclus.audit.seal-interval:PT1M}", initialDelayString = "PT30S")
    void seal() {
        sealer.sealNow();
    }

    @Scheduled(cron = "${gesprekscyclus.audit.check-cron:0 15 4 * * *}")
    void check() {
        sealer.sealNow();
        check.run();
    }
}

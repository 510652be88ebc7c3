package nl.gesprekscyclus.base.startup;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the start-up data steps ({@link StartupStep}) before the web server takes requests, all in one transaction:
 * a first start that fails half-way (a demo file with a bad row, a function book that is refused) leaves the
 * database as it was, and the next start begins from the same empty database instead of tripping over clusters a
 * failed start left behind. Each step on its own skips what an earlier successful start stored.
 */
@Component
class StartupData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupData.class);

    private final List<StartupStep> steps;
    private final TransactionTemplate tx;

    StartupData(List<StartupStep> steps, TransactionTemplate tx) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(StartupStep::getOrder)).toList();
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            tx.executeWithoutResult(status -> steps.forEach(StartupStep::run));
        } catch (RuntimeException e) {
            log.error("Start-up data not stored, the database is as it was before this start: {}", e.getMessage());
            throw e;
        }
    }
}

package nl.gesprekscyclus.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds an index on the due date of the engine's jobs, which Camunda's schema does not have.
 *
 * <p>Every job acquisition asks for jobs "due now or without a due date" ({@code DUEDATE_ is null or DUEDATE_ <=
 * now}, Camunda's {@code selectNextJobsToExecute}). Without an index that is a sequential scan of the whole job
 * table. Here the table holds three deadline timers per running review (45,000 rows at 15,000 reviews), and a
 * round start runs one acquisition per three jobs, so the scans made the round start slower per review the larger
 * the round was. With this index PostgreSQL answers both halves of the condition from the index (docs/performance.md,
 * "Growth").
 *
 * <p>Created when the engine starts rather than by Flyway: on a new database Flyway runs before the engine creates
 * its tables (docs/architecture.md). {@code if not exists} makes every later start a no-op; two nodes starting at
 * the same moment may race, and the one that loses only logs it.
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

    static final String INDEX = "ACT_IDX_JOB_DUEDATE";

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + INDEX + " on " + table + " (DUEDATE_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException ex) {
            log.warn("Could not create the index {} on {} (job acquisition stays correct, but scans the table): {}",
                    INDEX, table, ex.getMessage());
        }
    }
}

package nl.gesprekscyclus.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.monitoring.DemoTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The engine's clock and jobs for the demo round (demo profile only); see {@link DemoTime}. */
@Component
@Profile("demo")
class EngineDemoTime implements DemoTime {

    private static final Logger log = LoggerFactory.getLogger(EngineDemoTime.class);
    /** A bound on one call's jobs: far above a year of Middelstad's, low enough to stop a job that keeps coming. */
    private static final int MOST_JOBS = 200_000;

    private final ManagementService management;
    private final ProcessEngine engine;

    EngineDemoTime(ManagementService management, ProcessEngine engine) {
        this.management = management;
        this.engine = engine;
    }

    @Override
    public void runEngineClockAt(Instant moment) {
        // an offset, not a fixed time: the engine's clock runs on from there, as its job executor expects
        ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
    }

    @Override
    public void resetEngineClock() {
        ClockUtil.reset();
    }

    @Override
    public Optional<Instant> nextJobDueBy(Instant until) {
        // jobs of the processes only: the engine's own (history cleanup) run later, by the job executor
        List<Job> jobs = management.createJobQuery().duedateLowerThan(Date.from(until.plusMillis(1)))
                .withRetriesLeft().active().orderByJobDuedate().asc().listPage(0, 10);
        return jobs.stream().filter(j -> j.getProcessInstanceId() != null && j.getDuedate() != null).findFirst()
                .map(j -> j.getDuedate().toInstant());
    }

    @Override
    public int runDueJobs(Runnable beforeEachJob) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        if (executor != null && executor.isActive()) {
            throw new IllegalStateException("the job executor runs: the demo round runs its jobs before it starts");
        }
        int ran = 0;
        while (ran < MOST_JOBS) {
            // one at a time: a job can end others (a finished task's reminder timer), which then are gone; the clocks
            // are set first, so what is due is asked at the moment the caller runs the jobs at
            beforeEachJob.run();
            Optional<Job> next = management.createJobQuery().executable().active().orderByJobDuedate().asc()
                    .listPage(0, 10).stream().filter(j -> j.getProcessInstanceId() != null).findFirst();
            if (next.isEmpty()) {
                return ran;
            }
            try {
                management.executeJob(next.get().getId());
            } catch (ProcessEngineException e) {
                // the engine counted the failure down (retries, then an incident), as the job executor would
                log.warn("Demo: job {} of process instance {} failed: {}", next.get().getId(),
                        next.get().getProcessInstanceId(), e.getMessage());
            }
            ran++;
        }
        throw new IllegalStateException("more than " + MOST_JOBS + " jobs due at once");
    }
}

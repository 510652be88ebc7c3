package nl.gesprekscyclus.fault.nodes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test-only additions to an app node of {@link TwoNodeTests}, added with {@code --spring.main.sources=} (so no
 * stereotype annotation: the shared Spring test context must not pick this up by scanning).
 * <ul>
 * <li>Every job a node runs leaves a row in {@code twonodes.job_run} (a schema of the test's own, next to the
 * application's) written <em>in the job's transaction</em>: a job that a killed node had begun and that another
 * node ran again leaves exactly one row, so the rows prove "exactly once" and say which node did the work.</li>
 * <li>When the test writes a number of days into {@code twonodes.engine_clock}, the engine's clock runs that far
 * ahead on both nodes, so the reminder and escalation timers of reviews started today are due at once: due dates
 * are at least 30 days ahead ({@code ReviewDatesPlanner.GRACE_DAYS}), whatever the calendar says.</li>
 * <li>With {@code twonodes.start-round-year}: as soon as the node is up, HR (the demo account {@code berg})
 * starts that year's round for everyone, through the same service as the Jaarronde screen.</li>
 * </ul>
 */
public class TwoNodeProbe {

    private static final Logger log = LoggerFactory.getLogger(TwoNodeProbe.class);

    @Bean
    static ProcessEnginePlugin twoNodeJobRecorder(DataSource dataSource, @Value("${twonodes.node}") String node,
            @Value("${twonodes.stall-after-timers:0}") int stallAfterTimers) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        JobRecorder recorder = new JobRecorder(jdbc, node, stallAfterTimers);
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
                listeners.add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseBoundaryTimerEventDefinition(Element definition, boolean interrupting,
                            ActivityImpl timer) {
                        timer.addListener(ExecutionListener.EVENTNAME_START, recorder.listener("timer"));
                    }

                    @Override
                    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                        recordIfAsync(activity);
                    }

                    @Override
                    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                        recordIfAsync(activity);
                    }

                    private void recordIfAsync(ActivityImpl activity) {
                        if (activity.isAsyncBefore()) {
                            activity.addListener(ExecutionListener.EVENTNAME_START, recorder.listener("async"));
                        }
                    }
                });
                configuration.setCustomPostBPMNParseListeners(listeners);
            }

            /** The lock owner names the node, so the test sees which jobs a killed node still held. */
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                configuration.getJobExecutor().setLockOwner("node-" + node);
            }
        };
    }

    /**
     * The test moves the engine's clock of both nodes at once by writing {@code twonodes.engine_clock}: the timers
     * become due when the test is ready for them (after the user's work on node A), whatever the machine's speed.
     */
    @Bean(destroyMethod = "close")
    static EngineClockPoller twoNodeEngineClock(DataSource dataSource) {
        return new EngineClockPoller(new JdbcTemplate(dataSource));
    }

    /**
     * Polls {@code twonodes.engine_clock} on a thread of its own. Not a {@code ScheduledExecutorService} bean: Spring
     * runs every {@code @Scheduled} method on such a bean when there is one (and Boot then leaves out its own task
     * scheduler), so the outbox sender's run through a backlog of mails held this single thread for minutes. The
     * node's clock then stayed behind while the other node fired every timer (the test failed 3 times in 6 so, on
     * 2026-11-25, always with "timers run by A 0").
     */
    static final class EngineClockPoller implements AutoCloseable {

        private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "twonodes-engine-clock");
            thread.setDaemon(true);
            return thread;
        });

        EngineClockPoller(JdbcTemplate jdbc) {
            poller.scheduleWithFixedDelay(() -> {
                try {
                    List<Integer> days = jdbc.queryForList("select offset_days from twonodes.engine_clock",
                            Integer.class);
                    if (!days.isEmpty()) {
                        ClockUtil.offset(Duration.ofDays(days.get(0)).toMillis());
                    }
                } catch (RuntimeException e) {
                    // a task that throws is never run again: one busy moment of the pool must not stop the clock
                    log.warn("twonodes: engine clock not read: {}", e.toString());
                }
            }, 0, 200, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            poller.shutdownNow();
        }
    }

    /**
     * Writes a row per job run <em>inside the job's transaction</em> (the engine's connection is Spring's
     * transactional one). With {@code twonodes.stall-after-timers=N} (node A only) the node stops in the middle of
     * every timer job after its first N: the job stays locked by this node and its transaction open, as when a
     * machine hangs or dies half-way. The test then kills the node at a moment it is certain to hold locked jobs,
     * instead of polling for a moment that a busy machine may never show (it did not, once, under two test JVMs).
     */
    private record JobRecorder(JdbcTemplate jdbc, String node, int stallAfterTimers) {

        ExecutionListener listener(String kind) {
            return execution -> {
                jdbc.update("insert into twonodes.job_run (node, kind, activity_id, process_instance_id,"
                        + " business_key) values (?, ?, ?, ?, ?)", node, kind, execution.getCurrentActivityId(),
                        execution.getProcessInstanceId(), execution.getProcessBusinessKey());
                if (stallAfterTimers > 0 && "timer".equals(kind) && timersRunBefore() >= stallAfterTimers) {
                    log.info("twonodes: node {} stalls in a timer job (it is about to be killed)", node);
                    try {
                        Thread.sleep(TimeUnit.MINUTES.toMillis(10));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }

        /** Timer jobs this node has committed (other threads' open transactions are not counted). */
        private int timersRunBefore() {
            return jdbc.queryForObject("select count(*) from twonodes.job_run where node = ? and kind = 'timer'",
                    Integer.class, node) - 1;
        }
    }

    @Bean
    @ConditionalOnProperty("twonodes.start-round-year")
    static ApplicationListener<ApplicationReadyEvent> twoNodeRoundStart(
            @Value("${twonodes.start-round-year}") int year) {
        return event -> {
            var context = event.getApplicationContext();
            UserDetails hr = context.getBean(UserDetailsService.class).loadUserByUsername("berg");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(hr, null, hr.getAuthorities()));
            try {
                RoundService rounds = context.getBean(RoundService.class);
                rounds.startRound(rounds.defaultCalendar(year), RoundSelection.everyone());
                log.info("twonodes: round {} started on {}", year, LocalDate.now());
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }
}

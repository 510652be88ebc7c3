package nl.gesprekscyclus.workflow.nodes;

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
    static ProcessEnginePlugin twoNodeJobRecorder(DataSource dataSource, @Value("${twonodes.node}") String node) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
                listeners.add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseBoundaryTimerEventDefinition(Element definition, boolean interrupting,
                            ActivityImpl timer) {
                        timer.addListener(ExecutionListener.EVENTNAME_START, recorder(jdbc, node, "timer"));
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
                            activity.addListener(ExecutionListener.EVENTNAME_START, recorder(jdbc, node, "async"));
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
    @Bean(destroyMethod = "shutdownNow")
    static ScheduledExecutorService twoNodeEngineClock(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "twonodes-engine-clock");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            List<Integer> days = jdbc.queryForList("select offset_days from twonodes.engine_clock", Integer.class);
            if (!days.isEmpty()) {
                ClockUtil.offset(Duration.ofDays(days.get(0)).toMillis());
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        return poller;
    }

    /** Runs inside the job's transaction (the engine's connection is Spring's transactional one). */
    private static ExecutionListener recorder(JdbcTemplate jdbc, String node, String kind) {
        return execution -> jdbc.update("insert into twonodes.job_run (node, kind, activity_id, process_instance_id,"
                + " business_key) values (?, ?, ?, ?, ?)", node, kind, execution.getCurrentActivityId(),
                execution.getProcessInstanceId(), execution.getProcessBusinessKey());
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

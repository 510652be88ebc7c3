package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.EmployeeCsv;
import nl.gesprekscyclus.test_support.Login;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The import's documented limit, 50,000 rows, all of them joiners while this year's round runs, in a JVM with half
 * the heap docs/deploy.md gives production: {@code -Xmx512m}. Before the import wrote in chunks and told the round
 * in one event, 2,000 such rows took 10 minutes and 7 GB of heap. Prints the time and the heap after every garbage
 * collection during the import (docs/performance.md, "Employee import").
 * <p>
 * Runs only in the surefire execution {@code big-import} (pom.xml: tag {@code big-import}, a JVM of its own with
 * {@code -Xmx512m}), beside {@link BigImportOnPostgresTests}, the same test on PostgreSQL, in a second such JVM; the
 * other executions leave both out. On H2 the database is
 * a file, as in production: an in-memory H2 would hold the whole database and the transaction's undo log in this
 * same heap.
 */
@DatabaseTest
@Tag("big-import")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/big-import/gc-${random.uuid}")
class BigImportTests {

    static final int ROWS = EmployeeCsvParser.MAX_ROWS;
    /** Coordinators at the end of the file: every other row names one further down (the import's second pass). */
    static final int COORDINATORS = 100;
    static final long HALF_A_GIGABYTE = 512L * 1024 * 1024;

    @Autowired
    EmployeeImportService imports;
    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService engine;
    /** h2, or postgres in {@link BigImportOnPostgresTests} (TestDatabaseConfiguration reads the same property). */
    @Value("${gc.test.db:h2}")
    String database;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldImportFiftyThousandJoinersIntoTheRunningRoundWithHalfAGigabyteOfHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("the big-import executions start this JVM with -Xmx512m")
                .isLessThanOrEqualTo(HALF_A_GIGABYTE);
        Login.as(users, DemoUsers.HR);
        Round round = rounds.startRound(rounds.defaultCalendar(LocalDate.now().getYear()), RoundSelection.everyone());
        Login.as(users, DemoUsers.ADMIN);
        byte[] file = fiftyThousandJoiners();
        long employeesBefore = count("select count(*) from employee");

        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ImportReport report = imports.importEmployees(file);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // on a shared machine the wall time mostly says how busy it is; the importing thread's CPU time does not
        long cpuMillis = TimeUnit.NANOSECONDS.toMillis(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - cpuStart);
        heap.stop();
        System.out.printf("big import (%s): %,d rows in %,d ms (%,d ms CPU of the importing thread); heap after GC"
                        + " %d MB before, at most %d MB during (%d collections); heap in use at most %d MB; -Xmx %d MB%n",
                database, ROWS, millis, cpuMillis, heap.before >> 20, heap.maxAfterGc.get() >> 20,
                heap.collections.get(), heap.maxUsed.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);

        assertThat(report.fileProblems()).isEmpty();
        assertThat(report.rowsWithErrors()).isZero();
        assertThat(report.applied()).isTrue();
        assertThat(report.count(ImportReport.Action.NEW)).isEqualTo(ROWS);
        assertThat(count("select count(*) from employee")).isEqualTo(employeesBefore + ROWS);
        // the second pass set the references to the coordinators further down the file, and gave them the module
        assertThat(count("select count(*) from employee e join employee c on c.id = e.coordinator_id"
                + " where e.personnel_number like '5%' and c.personnel_number like '5%' and c.coordination_module"))
                .isEqualTo(ROWS - COORDINATORS);

        // the round took all of them in, in its own batches of 100 after its start batches, to start in the background
        assertThat(count("select count(*) from round_member m join employee e on e.id = m.employee_id where"
                + " m.round_id = " + round.getId() + " and e.personnel_number like '5%'")).isEqualTo(ROWS);
        assertThat(count("select count(distinct batch_number) from round_member m join employee e"
                + " on e.id = m.employee_id where m.round_id = " + round.getId() + " and e.personnel_number like '5%'"))
                .isEqualTo(ROWS / round.getBatchSize());
        assertThat(count("select count(*) from review where employee_id in (select id from employee"
                + " where personnel_number like '5%')")).as("nothing started inside the import's transaction").isZero();
        // the first of those batches, as the job executor runs it after the commit: 100 reviews
        runImportJob(); // the multi-instance body
        runImportJob(); // the first batch
        assertThat(count("select count(*) from review where employee_id in (select id from employee"
                + " where personnel_number like '5%')")).isEqualTo(round.getBatchSize());
    }

    private void runImportJob() {
        List<Job> jobs = engine.createJobQuery().processDefinitionKey("roundImport").executable().list();
        assertThat(jobs).hasSize(1);
        engine.executeJob(jobs.get(0).getId());
    }

    /** Numbers 500000 on, in three of the demo units; the last 100 rows are the coordinators the others name. */
    static byte[] fiftyThousandJoiners() {
        String[][] functions = {{"adviseur", "concern-en-ondersteuning"}, {"beleidsadviseur", "beleid-en-ontwikkeling"},
                {"regisseur-adviseur", "regie-en-coordinatie"}, {"ondersteuner", "concern-en-ondersteuning"}};
        int firstCoordinator = 500_000 + ROWS - COORDINATORS;
        StringBuilder rows = new StringBuilder(ROWS * 120);
        for (int i = 0; i < ROWS; i++) {
            int number = 500_000 + i;
            String[] function = functions[i % functions.length];
            String coordinator = number < firstCoordinator ? String.valueOf(firstCoordinator + i % COORDINATORS) : "";
            rows.append(number).append(";Medewerker;van;Groot ").append(i).append(";m").append(number)
                    .append("@groot.example;").append(function[0]).append(';').append(function[1])
                    .append(";100001;").append(coordinator).append(";2020-01-01;ja\n");
        }
        return EmployeeCsv.withRows(rows.toString());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /**
     * The heap after every garbage collection (what is really held, plus garbage the young collections leave in
     * the old generation) and the heap in use sampled every 20 ms, while the import runs.
     */
    static final class HeapWatch implements NotificationListener {

        final long before;
        final AtomicLong maxAfterGc = new AtomicLong();
        final AtomicLong maxUsed = new AtomicLong();
        final AtomicLong collections = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapWatch() {
            System.gc();
            before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(this, null, null);
            }
            sampler = new Thread(() -> {
                while (running) {
                    maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (running && GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).map(java.util.Map.Entry::getValue)
                        .mapToLong(MemoryUsage::getUsed).sum();
                maxAfterGc.accumulateAndGet(after, Math::max);
                collections.incrementAndGet();
            }
        }

        void stop() {
            running = false;
            sampler.interrupt();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) collector).removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never added
                }
            }
        }
    }
}

package nl.gesprekscyclus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.gesprekscyclus.Application;
import nl.gesprekscyclus.browser.Browser;
import nl.gesprekscyclus.browser.LoginPage;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * First load of "Mijn gesprekscyclus" and of the review screen in the real browser (Debian chromium), for an
 * employee with 10 result agreements (not a test: it prints figures and never fails on timing). The app runs as
 * in the demo (H2, the demo organisation), with Vaadin in development mode as the tests run it. Each figure is
 * the time from asking for the page until its content is on the screen: the page loaded, Vaadin started, the
 * server answered and the browser rendered. Baseline in the same run: the login page, which does no database
 * work — so the ratio says what our screens add on top of loading Vaadin at all.
 * <p>
 * Run: {@code ./mvnw -Pbench verify -Dbench.main=nl.gesprekscyclus.bench.FirstLoadBenchmark} (-Dbench.runs=10).
 */
public final class FirstLoadBenchmark {

    static final int YEAR = LocalDate.now().getYear() + 1;

    record Figure(String page, double firstMs, double p50Ms, double p95Ms, double maxMs) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 10);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:mem:first-load;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--server.port=0", "--vaadin.launch-browser=false",
                "--gesprekscyclus.demo.round.enabled=false",
                "--logging.level.org.camunda=warn", "--logging.level.nl.gesprekscyclus=warn");
        List<Figure> figures = new ArrayList<>();
        try {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            long reviewId = reviewWithTenAgreements(app);
            try (Browser browser = new Browser("http://localhost:" + port, 1400, 1000)) {
                WebDriver d = browser.driver;
                figures.add(measure(browser, "/login (baseline)", "/login", runs,
                        w -> !w.findElements(By.cssSelector("input[name='username']")).isEmpty()));
                new LoginPage(browser).open().logInAndWait(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
                figures.add(measure(browser, "Mijn gesprekscyclus", "/mijn-gesprekscyclus", runs,
                        w -> !w.findElements(By.cssSelector(".my-reviews-current")).isEmpty()));
                figures.add(measure(browser, "review screen, 10 agreements", "/gesprek/" + reviewId, runs,
                        w -> w.findElements(By.cssSelector("#review-result-agreements .review-agreement")).size() == 10));
                browser.open("/gesprek/" + reviewId);
                browser.wait.until(w -> w.findElements(By.cssSelector("#review-result-agreements .review-agreement"))
                        .size() == 10);
                browser.screenshot("bench-first-load-review");
                d.manage().deleteAllCookies();
            }
        } finally {
            app.close();
        }
        print(figures);
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        StringBuilder json = new StringBuilder("[\n");
        for (Figure f : figures) {
            json.append(String.format(Locale.ROOT, "  {\"page\": \"%s\", \"firstMs\": %.0f, \"p50Ms\": %.0f, "
                    + "\"p95Ms\": %.0f, \"maxMs\": %.0f, \"ratioP50ToBaseline\": %.2f}%s%n", f.page(), f.firstMs(),
                    f.p50Ms(), f.p95Ms(), f.maxMs(), f.p50Ms() / figures.get(0).p50Ms(),
                    f == figures.get(figures.size() - 1) ? "" : ","));
        }
        Files.writeString(out.resolve("first-load.json"), json.append("]\n"));
        System.out.println("Wrote target/bench/first-load.json");
        System.exit(0);
    }

    /** Opens the page {@code 1 + runs} times (the first is the first load), each until {@code shown} holds. */
    static Figure measure(Browser browser, String name, String path, int runs, Function<WebDriver, Boolean> shown) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            browser.driver.get("about:blank");
            long t0 = System.nanoTime();
            browser.open(path);
            browser.wait.until(shown::apply);
            times.add((System.nanoTime() - t0) / 1e6);
        }
        double first = times.remove(0);
        List<Double> sorted = times.stream().sorted().toList();
        return new Figure(name, first, percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Sanne de Jong's review of next year with 10 draft result agreements (weights 10 each). */
    static long reviewWithTenAgreements(ConfigurableApplicationContext app) throws InterruptedException {
        UserDetailsService users = app.getBean(UserDetailsService.class);
        RoundService rounds = app.getBean(RoundService.class);
        ReviewReadService reads = app.getBean(ReviewReadService.class);
        PlanningService planning = app.getBean(PlanningService.class);
        Login.as(users, DemoUsers.HR);
        rounds.startRound(rounds.defaultCalendar(YEAR), new RoundSelection(Set.of(), Set.of(DemoUsers.EMPLOYEE_NUMBER)));
        Login.as(users, DemoUsers.EMPLOYEE);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Optional<Long> id = Optional.empty();
        while (id.isEmpty() && System.nanoTime() < deadline) {
            id = reads.myReviewOf(YEAR).filter(r -> reads.dossier(r).canDo(ReviewTask.DRAFT_AGREEMENTS));
            Thread.sleep(200);
        }
        long reviewId = id.orElseThrow(() -> new IllegalStateException("the review did not start within 2 minutes"));
        for (int i = 1; i <= 10; i++) {
            planning.saveResultAgreement(reviewId, null, null, new ResultAgreementData("RG" + (1 + i % 3), null,
                    "Resultaat " + i + ": een afspraak zoals een medewerker die schrijft, met wat context erbij",
                    "Meetbaar criterium " + i + ": opgeleverd en besproken met de leidinggevende",
                    LocalDate.of(YEAR, 1 + i, 15), 10));
        }
        Login.logout();
        return reviewId;
    }

    static void print(List<Figure> figures) {
        double baseline = figures.get(0).p50Ms();
        System.out.println();
        System.out.println("| page | first load (ms) | p50 (ms) | p95 (ms) | max (ms) | p50 / baseline |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.2f |%n", f.page(), f.firstMs(),
                    f.p50Ms(), f.p95Ms(), f.maxMs(), f.p50Ms() / baseline);
        }
    }

    private FirstLoadBenchmark() {
    }
}

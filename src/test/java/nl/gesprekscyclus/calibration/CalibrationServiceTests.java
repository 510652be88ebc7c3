package nl.gesprekscyclus.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gesprekscyclus.notification.MyNotifications;
import nl.gesprekscyclus.notification.NotificationItem;
import nl.gesprekscyclus.notification.NotificationKind;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.calibration.CalibrationService.Distribution;
import nl.gesprekscyclus.calibration.CalibrationService.Person;
import nl.gesprekscyclus.calibration.CalibrationService.Session;
import nl.gesprekscyclus.calibration.CalibrationService.SessionDetail;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewValidationException;
import nl.gesprekscyclus.review.ui.Ui4Reviews;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.CalibrationPeople;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.vlootschouw.PlacementValidationException;
import nl.gesprekscyclus.vlootschouw.PlacementView;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Calibration sessions on the real services (issue 20, item 2): HR opens a session for two units (one with a
 * sub-unit) and their managers are invited; a changed judgement proposed in the session flows back through the
 * review's manager, who confirms it and writes it in the assessment, while the other unit's review stays untouched;
 * every move is in the placement's history and the audit trail; a closed session refuses every write; and only HR and
 * the invited managers see a session. The world: {@link CalibrationPeople}, plus one review with a real process
 * (Johan Veldman's, in the demo's Cluster Regie en Coördinatie) waiting for Bakker's assessment in 2079.
 */
@DatabaseTest
class CalibrationServiceTests {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    CalibrationService calibration;
    @Autowired
    AssessmentService assessment;
    @Autowired
    ReviewReadService reading;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    VlootschouwService vlootschouw;

    long veldman;
    long bert;
    long bep;
    long cor;
    long team;
    long demoUnit;

    @BeforeEach
    void world() {
        CalibrationPeople.ensureAll(context);
        veldman = CalibrationPeople.veldmanWaitingForTheAssessment(context);
        bert = CalibrationPeople.reviewId(context, CalibrationPeople.YEAR, CalibrationPeople.BERT_NUMBER);
        bep = CalibrationPeople.reviewId(context, CalibrationPeople.YEAR, CalibrationPeople.BEP_NUMBER);
        cor = CalibrationPeople.reviewId(context, CalibrationPeople.YEAR, CalibrationPeople.COR_NUMBER);
        team = CalibrationPeople.unitId(directory, CalibrationPeople.TEAM_UNIT);
        demoUnit = CalibrationPeople.unitId(directory, CalibrationPeople.DEMO_UNIT);
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    private void as(String username) {
        Login.as(users, username);
    }

    private Session openSession(String name) {
        as(DemoUsers.HR);
        return calibration.open(name, CalibrationPeople.YEAR, LocalDate.of(CalibrationPeople.YEAR, 11, 20),
                List.of(demoUnit, team));
    }

    private static List<String> dutch(InvalidInputException e) {
        return e.violations().stream().map(v -> v.message(NL)).toList();
    }

    @Test
    void shouldOpenASessionForUnitsWithTheirSubUnitsAndInviteTheirManagers() {
        Session session = openSession("Kalibratie teams");

        assertThat(session.status()).isEqualTo("OPEN");
        assertThat(session.units()).containsExactly("Cluster Regie en Coördinatie", "Kalibratieteam");
        assertThat(session.managers()).contains("Bob Beoordelaar").doesNotContain("Carl Buiten");
        SessionDetail detail = calibration.session(session.id());
        // the sub-unit's Bep is in it; Cor of the team outside is not
        assertThat(detail.people()).extracting(Person::reviewId).contains(veldman, bert, bep).doesNotContain(cor);
        assertThat(audit.latest("calibration.session.open")).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(DemoUsers.HR);
            assertThat(e.record()).isEqualTo("calibration session " + session.id());
        });
    }

    @Test
    void shouldRefuseBadInputInDutchAndStoreNothing() {
        as(DemoUsers.HR);
        int sessions = jdbc.queryForObject("select count(*) from calibration_session", Integer.class);
        assertThatThrownBy(() -> calibration.open(" ", 1900, null, List.of()))
                .isInstanceOfSatisfying(CalibrationValidationException.class, e -> assertThat(dutch(e))
                        .containsExactly("Geef de sessie een naam.", "Er is geen gespreksronde voor 1900.",
                                "Kies de datum van de sessie.", "Kies ten minste één eenheid."));
        assertThatThrownBy(() -> calibration.open("Onbekend", CalibrationPeople.YEAR, LocalDate.of(2079, 11, 1),
                List.of(Long.MAX_VALUE))).isInstanceOfSatisfying(CalibrationValidationException.class,
                        e -> assertThat(dutch(e)).containsExactly("Een gekozen eenheid bestaat niet."));
        assertThat(jdbc.queryForObject("select count(*) from calibration_session", Integer.class)).isEqualTo(sessions);

        Session session = openSession("Lege reden");
        assertThatThrownBy(() -> calibration.move(session.id(), bert, "goed", "groei-op-termijn", "  "))
                .isInstanceOfSatisfying(CalibrationValidationException.class,
                        e -> assertThat(dutch(e)).containsExactly("Geef een reden."));
        assertThatThrownBy(() -> calibration.propose(session.id(), bert, "uitstekend", null))
                .isInstanceOfSatisfying(CalibrationValidationException.class,
                        e -> assertThat(dutch(e)).containsExactly("Geef een reden."));
        assertThatThrownBy(() -> calibration.propose(session.id(), bert, "fantastisch", "Sterk jaar"))
                .isInstanceOfSatisfying(CalibrationValidationException.class,
                        e -> assertThat(dutch(e)).containsExactly("Kies een eindoordeel uit de lijst."));
        assertThatThrownBy(() -> calibration.move(session.id(), bert, "fantastisch", "groei-op-termijn", "Sterk"))
                .isInstanceOf(PlacementValidationException.class);
        assertThat(jdbc.queryForObject("select count(*) from calibration_judgement_proposal where session_id = ?",
                Integer.class, session.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from vlootschouw_placement_change"
                + " where calibration_session_id = ?", Integer.class, session.id())).isZero();
    }

    @Test
    void shouldKeepEveryMoveInThePlacementHistoryAndAuditItByIdOnly() {
        Session session = openSession("Verplaatsen");
        as(CalibrationPeople.BOB);
        calibration.move(session.id(), bep, "goed", "groei-in-functie", "Eerste plaats in de sessie");
        as(DemoUsers.HR);
        calibration.move(session.id(), bep, "excellent", "groei-op-termijn", "Vergeleken met het cluster");

        List<Map<String, Object>> history = jdbc.queryForList("select source, old_performance, performance,"
                + " potential, reason, changed_by_name, changed_at from vlootschouw_placement_change"
                + " where calibration_session_id = ? order by id", session.id());
        assertThat(history).extracting(r -> r.get("SOURCE") == null ? r.get("source") : r.get("SOURCE"))
                .containsExactly("CALIBRATION", "CALIBRATION");
        assertThat(calibration.session(session.id()).moves()).extracting(CalibrationService.Move::oldPerformance,
                CalibrationService.Move::performance, CalibrationService.Move::reason, CalibrationService.Move::movedBy)
                .containsExactly(tuple(null, "goed", "Eerste plaats in de sessie", "Bob Beoordelaar"),
                        tuple("goed", "excellent", "Vergeleken met het cluster", "Marloes van den Berg"));
        assertThat(calibration.session(session.id()).moves()).allSatisfy(m -> assertThat(m.movedAt()).isNotNull());
        // the trail names the session and the placement, not the cell or the reason (personnel content)
        assertThat(audit.latest("calibration.move")).hasSizeGreaterThanOrEqualTo(2).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(DemoUsers.HR);
            assertThat(e.record()).isEqualTo("review " + bep);
            assertThat(e.detail()).startsWith("session " + session.id() + ", placement ")
                    .doesNotContain("excellent").doesNotContain("cluster");
        });
    }

    @Test
    void shouldFlowAChangedJudgementBackThroughTheManagerAndLeaveTheOtherUnitUntouched() {
        Session session = openSession("Terugvloeien");
        as(DemoUsers.HR);
        Proposal proposal = calibration.propose(session.id(), veldman, "goed", "Vergeleken met de collega's");
        assertThat(proposal.oldJudgement()).as("nothing written yet").isNull();
        assertThat(audit.latest("calibration.judgement.propose")).first()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("session " + session.id() + ", proposal " + proposal.id()));
        assertThatThrownBy(() -> calibration.propose(session.id(), veldman, "uitstekend", "Nog beter"))
                .isInstanceOfSatisfying(CalibrationValidationException.class, e -> assertThat(dutch(e)).containsExactly(
                        "Er ligt al een voorstel voor dit eindoordeel: de leidinggevende beslist daar eerst over."));

        as(DemoUsers.MANAGER);
        // the review's manager hears of it in the bell (and by mail), without the proposed judgement
        assertThat(proposalNotices()).extracting(NotificationItem::employeeName, NotificationItem::done)
                .containsExactly(tuple("Johan Veldman", false));
        Ui4Reviews reviews = new Ui4Reviews(context);
        reviews.driver.moveClockTo(reading.dossier(veldman).review().dates().assessmentStart());
        try {
            scoreAndRate(veldman);
            writeWithTheSession(proposal);
        } finally {
            reviews.driver.resetClock();
        }
        assertThat(proposalNotices()).as("decided: done in the bell").extracting(NotificationItem::done)
                .containsExactly(true);
        assertThat(jdbc.queryForObject("select overall_judgement from assessment where review_id = ?", String.class,
                veldman)).isEqualTo("goed");
        // the other unit's review: no proposal, no assessment
        assertThat(jdbc.queryForObject("select count(*) from calibration_judgement_proposal where review_id = ?",
                Integer.class, bert)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assessment where review_id = ?", Integer.class, bert))
                .isZero();
        // handed over: no more proposals for it
        as(DemoUsers.HR);
        assertThatThrownBy(() -> calibration.propose(session.id(), veldman, "uitstekend", "Toch beter"))
                .isInstanceOfSatisfying(CalibrationValidationException.class, e -> assertThat(dutch(e)).containsExactly(
                        "Een ander eindoordeel voorstellen kan alleen zolang de leidinggevende het eindoordeel nog"
                                + " vaststelt, vóór de overdracht aan de medewerker."));
    }

    private List<NotificationItem> proposalNotices() {
        return context.getBean(MyNotifications.class).latest().stream()
                .filter(n -> n.kind() == NotificationKind.CALIBRATION_PROPOSAL && n.reviewId() == veldman).toList();
    }

    /** As Bakker: the open proposal stops the hand-over; he confirms it and must then write that judgement. */
    private void writeWithTheSession(Proposal proposal) {
        // an open proposal holds the hand-over back
        assertThatThrownBy(() -> assessment.writeAssessment(veldman, "voldoende", "Afspraken behaald."))
                .isInstanceOfSatisfying(ReviewValidationException.class, e -> assertThat(dutch(e)).containsExactly(
                        "Er ligt een voorstel uit de kalibratiesessie voor het eindoordeel: neem het over of wijs het"
                                + " af voordat u de beoordeling overdraagt."));
        assertThat(calibration.proposalsFor(veldman)).extracting(Proposal::proposedJudgement, Proposal::status)
                .containsExactly(tuple("goed", "PROPOSED"));
        calibration.decide(proposal.id(), true, null);
        assertThatThrownBy(() -> assessment.writeAssessment(veldman, "voldoende", "Afspraken behaald."))
                .isInstanceOfSatisfying(ReviewValidationException.class, e -> assertThat(dutch(e)).containsExactly(
                        "U hebt het eindoordeel uit de kalibratiesessie bevestigd: kies goed."));
        assessment.writeAssessment(veldman, "goed", "Afspraken ruim behaald, zo besproken in de kalibratie.");
        assertThat(calibration.proposalsFor(veldman)).extracting(Proposal::status, Proposal::decidedBy)
                .containsExactly(tuple("CONFIRMED", "Annemarie Bakker"));
        assertThat(audit.latest("calibration.judgement.confirm")).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(DemoUsers.MANAGER);
            assertThat(e.detail()).isEqualTo("proposal " + proposal.id());
        });
    }

    @Test
    void shouldKeepAProposalOutOfTheEmployeesInzageUntilTheHandOver() {
        Session session = openSession("Inzage");
        as(DemoUsers.HR);
        calibration.propose(session.id(), bert, "uitstekend", "Beste van het team");
        as(CalibrationPeople.BERT);
        assertThat(calibration.ofMyReview(bert)).containsEntry("calibration_judgement_proposal", List.of());
        // once handed over it is there, with the manager's decision
        jdbc.update("insert into assessment (review_id, overall_judgement, consequence, reasons, hr_advice_required,"
                + " written_at, handed_over_at, version) values (?, 'goed', 'periodiek', 'Goed.', false,"
                + " current_timestamp, current_timestamp, 0)", bert);
        try {
            assertThat(calibration.ofMyReview(bert).get("calibration_judgement_proposal")).asList().singleElement()
                    .satisfies(row -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> columns = (Map<String, Object>) row;
                        assertThat(columns).containsEntry("proposed_judgement", "uitstekend")
                                .containsEntry("status", "PROPOSED");
                    });
        } finally {
            jdbc.update("delete from assessment where review_id = ?", bert);
        }
        as(CalibrationPeople.BOB);
        assertThatThrownBy(() -> calibration.ofMyReview(bert)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldLetTheManagerDeclineOnlyWithAReason() {
        Session session = openSession("Afwijzen");
        as(CalibrationPeople.BOB);
        Proposal proposal = calibration.propose(session.id(), bep, "uitstekend", "Uitblinker in het team");
        assertThatThrownBy(() -> calibration.decide(proposal.id(), false, " "))
                .isInstanceOfSatisfying(CalibrationValidationException.class,
                        e -> assertThat(dutch(e)).containsExactly("Geef een reden."));
        Proposal declined = calibration.decide(proposal.id(), false, "Past niet bij de afspraken");
        assertThat(declined.status()).isEqualTo("DECLINED");
        assertThat(declined.decisionReason()).isEqualTo("Past niet bij de afspraken");
        assertThatThrownBy(() -> calibration.decide(proposal.id(), true, null))
                .isInstanceOfSatisfying(CalibrationValidationException.class,
                        e -> assertThat(dutch(e)).containsExactly("Over dit voorstel is al beslist."));
        // a declined proposal may be followed by another; only the review's manager decides, not HR who proposed it
        as(DemoUsers.HR);
        Proposal other = calibration.propose(session.id(), bep, "goed", "Dan toch goed");
        AccessProbe probe = new AccessProbe(context);
        long before = probe.refusalsAudited();
        assertThatThrownBy(() -> calibration.decide(other.id(), true, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(probe.refusalsAudited()).isGreaterThan(before);
    }

    @Test
    void shouldRefuseEveryWriteOnceClosedAndKeepTheOutcomeReadable() {
        Session session = openSession("Sluiten");
        as(CalibrationPeople.BOB);
        calibration.move(session.id(), bert, "goed", "groei-op-termijn", "Voor de sluiting");
        as(DemoUsers.HR);
        assertThat(calibration.close(session.id()).status()).isEqualTo("CLOSED");
        assertThatThrownBy(() -> calibration.close(session.id()))
                .isInstanceOfSatisfying(CalibrationValidationException.class,
                        e -> assertThat(dutch(e)).containsExactly("Deze sessie is al gesloten."));
        for (String who : List.of(DemoUsers.HR, CalibrationPeople.BOB)) {
            as(who);
            assertThatThrownBy(() -> calibration.move(session.id(), bert, "excellent", "groei-op-termijn", "Na"))
                    .isInstanceOfSatisfying(CalibrationValidationException.class, e -> assertThat(dutch(e))
                            .containsExactly("Deze sessie is gesloten: er kan niets meer worden gewijzigd."));
            assertThatThrownBy(() -> calibration.propose(session.id(), bep, "goed", "Na de sluiting"))
                    .isInstanceOfSatisfying(CalibrationValidationException.class, e -> assertThat(dutch(e))
                            .contains("Deze sessie is gesloten: er kan niets meer worden gewijzigd."));
            assertThat(calibration.session(session.id()).moves()).extracting(CalibrationService.Move::reason)
                    .containsExactly("Voor de sluiting");
        }
        assertThat(jdbc.queryForObject("select performance from vlootschouw_placement where review_id = ?",
                String.class, bert)).isEqualTo("goed");
    }

    @Test
    void shouldShowTheEmployeeTheirPlacementOnceASessionOfTheirUnitHasClosed() {
        // Cor's unit is in no session: placed by his manager, he does not see it on screen (after-session)
        as(CalibrationPeople.CARL);
        vlootschouw.place(cor, "goed", "groei-in-functie", "Goed jaar");
        as(CalibrationPeople.COR);
        assertThat(vlootschouw.placementOf(cor)).isEmpty();

        Session session = openSession("Zichtbaar na sluiten");
        as(CalibrationPeople.BOB);
        calibration.move(session.id(), bert, "matig", "grens-bereikt", "Zo besproken");
        as(DemoUsers.HR);
        calibration.close(session.id());
        as(CalibrationPeople.BERT);
        assertThat(vlootschouw.placementOf(bert)).get().extracting(PlacementView::performance,
                PlacementView::potential).containsExactly("matig", "grens-bereikt");
        as(CalibrationPeople.COR);
        assertThat(vlootschouw.placementOf(cor)).isEmpty();
    }

    @Test
    void shouldShowTheSessionOnlyToHrAndTheInvitedManagers() {
        Session session = openSession("Wie ziet wat");
        AccessProbe probe = new AccessProbe(context);
        for (String refused : List.of(CalibrationPeople.CARL, CalibrationPeople.BERT, DemoUsers.ADMIN,
                DemoUsers.COORDINATOR)) {
            as(refused);
            long before = probe.refusalsAudited();
            assertThatThrownBy(() -> calibration.session(session.id())).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> calibration.move(session.id(), bert, "goed", "groei-op-termijn", "Ik ook"))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThat(probe.refusalsAudited()).as(refused + " audited").isGreaterThanOrEqualTo(before + 2);
        }
        as(CalibrationPeople.CARL);
        assertThat(calibration.sessions()).extracting(Session::id).doesNotContain(session.id());

        as(CalibrationPeople.BOB);
        assertThat(calibration.sessions()).extracting(Session::id).contains(session.id());
        long bob = CalibrationPeople.reviewId(context, CalibrationPeople.YEAR, CalibrationPeople.BOB_NUMBER);
        // the people of the session's units, never his own review, never a person outside
        assertThat(calibration.session(session.id()).people()).extracting(Person::reviewId).contains(bert, veldman)
                .doesNotContain(bob, cor);
        for (long outside : List.of(bob, cor)) {
            long before = probe.refusalsAudited();
            assertThatThrownBy(() -> calibration.move(session.id(), outside, "goed", "groei-op-termijn", "Erbij"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(probe.refusalsAudited()).isGreaterThan(before);
        }
        assertThatThrownBy(() -> calibration.open("Zelf", CalibrationPeople.YEAR, LocalDate.of(2079, 11, 1),
                List.of(team))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calibration.close(session.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldCountJudgementsAndCellsPerUnitAndInTotalAgainstLastYear() {
        Session session = openSession("Verdeling");
        as(DemoUsers.HR);
        List<Distribution> distribution = calibration.session(session.id()).distribution();
        Distribution team = distribution.stream().filter(d -> "Kalibratieteam".equals(d.unit())).findFirst()
                .orElseThrow();
        assertThat(team.judgementsLastYear()).containsEntry("goed", 1L);
        assertThat(team.cellsLastYear()).containsEntry("goed|groei-in-functie", 1L);
        assertThat(distribution.get(distribution.size() - 1).unit()).as("the total, last").isNull();
        long peopleNow = calibration.session(session.id()).people().size();
        assertThat(distribution.get(distribution.size() - 1).judgements().values().stream().mapToLong(Long::longValue)
                .sum()).isEqualTo(peopleNow);
    }

    /** Bakker scores every agreement and rates every competency of Veldman's review, as the assessment needs. */
    private void scoreAndRate(long id) {
        ReviewDossier dossier = reading.dossier(id);
        for (ResultAgreement a : dossier.resultAgreements()) {
            assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
        }
        String level = dossier.scale().codes().get(dossier.scale().codes().size() / 2);
        dossier.competencies().forEach(c -> assessment.rateCompetency(id, c.code(), level, null));
    }
}

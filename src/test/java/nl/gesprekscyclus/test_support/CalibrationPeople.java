package nl.gesprekscyclus.test_support;

import java.util.List;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.review.ui.Ui4Reviews;
import nl.gesprekscyclus.security.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The world of the calibration sessions (issue 20, item 2), with personnel numbers (78xxxx), units and years (2078,
 * 2079) of its own, next to the demo's Cluster Regie en Coördinatie (Annemarie Bakker, "bakker"):
 * <pre>
 * Gemeente Ommen
 * ├── Kalibratieteam (Bob Beoordelaar, "kalib-bob"): Bert Bos ("kalib-bert"), Bob himself
 * │   └── Kalibratie-onderteam (also Bob's): Bep Boom
 * └── Buitenteam (Carl Buiten, "kalib-carl"): Cor Ver ("kalib-cor")
 * </pre>
 * Reviews (status rows only, no process: the session reads the review, employee, assessment and placement tables):
 * in 2079 Bert, Bep and Cor in the assessment phase, held by their team's manager, and Bob's own held by Bakker; in
 * 2078 Bert's, handed over with the judgement "goed" and placed as goed × groei-in-functie. The 2079 round is the
 * caller's: a test that needs a real process review in it starts the round first (Ui4Reviews).
 */
public final class CalibrationPeople {

    public static final int LAST_YEAR = 2078;
    public static final int YEAR = 2079;
    public static final String BOB = "kalib-bob";
    public static final String BERT = "kalib-bert";
    public static final String CARL = "kalib-carl";
    public static final String COR = "kalib-cor";
    public static final String BOB_NUMBER = "780002";
    public static final String CARL_NUMBER = "780003";
    public static final String BERT_NUMBER = "780021";
    public static final String BEP_NUMBER = "780022";
    public static final String COR_NUMBER = "780031";
    public static final String TEAM_UNIT = "kalib-team";
    public static final String SUB_UNIT = "kalib-onder";
    public static final String OUTSIDE_UNIT = "kalib-buiten";
    public static final String DEMO_UNIT = "regie-en-coordinatie";

    private CalibrationPeople() {
    }

    /** Creates the world unless it exists (tests share one database); leaves nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber(COR_NUMBER).isPresent()) {
            return;
        }
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            VlootschouwPeople.unit(organisation, TEAM_UNIT, "Kalibratieteam", "gemeente");
            VlootschouwPeople.unit(organisation, SUB_UNIT, "Kalibratie-onderteam", TEAM_UNIT);
            VlootschouwPeople.unit(organisation, OUTSIDE_UNIT, "Buitenteam", "gemeente");
            person(organisation, BOB_NUMBER, "Bob", "Beoordelaar", TEAM_UNIT);
            person(organisation, CARL_NUMBER, "Carl", "Buiten", OUTSIDE_UNIT);
            person(organisation, BERT_NUMBER, "Bert", "Bos", TEAM_UNIT);
            person(organisation, BEP_NUMBER, "Bep", "Boom", SUB_UNIT);
            VlootschouwPeople.manage(organisation, TEAM_UNIT, BOB_NUMBER);
            VlootschouwPeople.manage(organisation, SUB_UNIT, BOB_NUMBER);
            VlootschouwPeople.manage(organisation, OUTSIDE_UNIT, CARL_NUMBER);
            TestAccounts.ensure(context, BOB, id(directory, BOB_NUMBER), List.of());
            TestAccounts.ensure(context, CARL, id(directory, CARL_NUMBER), List.of());
            TestAccounts.ensure(context, BERT, id(directory, BERT_NUMBER), List.of());
            // made last (with his account): ensure() looks for him to know the world is complete
            person(organisation, COR_NUMBER, "Cor", "Ver", OUTSIDE_UNIT);
            TestAccounts.ensure(context, COR, id(directory, COR_NUMBER), List.of());
        } finally {
            Login.logout();
        }
    }

    /**
     * The status-row reviews of the world in the round of 2079 (which must exist) and 2078; once. Call after the
     * round of 2079 is started.
     */
    public static synchronized void ensureReviews(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (!jdbc.queryForList("select id from review where process_key = ?", Long.class,
                YEAR + "/" + COR_NUMBER).isEmpty()) {
            return;
        }
        long round = jdbc.queryForObject("select id from review_round where round_year = ?", Long.class, YEAR);
        long bob = id(directory, BOB_NUMBER);
        review(jdbc, round, YEAR, id(directory, BERT_NUMBER), BERT_NUMBER, bob, "ASSESSMENT");
        review(jdbc, round, YEAR, id(directory, BEP_NUMBER), BEP_NUMBER, bob, "ASSESSMENT");
        review(jdbc, round, YEAR, id(directory, BOB_NUMBER), BOB_NUMBER, id(directory, "100001"), "ASSESSMENT");
        long lastRound = VlootschouwPeople.round(jdbc, LAST_YEAR);
        long bertBefore = review(jdbc, lastRound, LAST_YEAR, id(directory, BERT_NUMBER), BERT_NUMBER, bob, "CLOSED");
        jdbc.update("""
                insert into assessment (review_id, overall_judgement, consequence, reasons, hr_advice_required,
                    written_at, handed_over_at, version)
                values (?, 'goed', 'periodiek', 'Goed jaar.', false, current_timestamp, current_timestamp, 0)
                """, bertBefore);
        jdbc.update("""
                insert into vlootschouw_placement (review_id, employee_id, placement_year, performance, potential,
                    reason, placed_by_id, placed_by_name, placed_at, version)
                values (?, ?, ?, 'goed', 'groei-in-functie', 'Vorig jaar', ?, 'Bob Beoordelaar', current_timestamp, 0)
                """, bertBefore, id(directory, BERT_NUMBER), LAST_YEAR, bob);
        // made last: the check above looks for it
        review(jdbc, round, YEAR, id(directory, COR_NUMBER), COR_NUMBER, id(directory, CARL_NUMBER), "ASSESSMENT");
    }

    /**
     * Johan Veldman's review of 2079 (the demo's Cluster Regie en Coördinatie, Bakker's) with a real process, waiting
     * for the manager's assessment; started once, which also starts the round of 2079.
     */
    public static long veldmanWaitingForTheAssessment(ApplicationContext context) {
        return waitingForTheAssessment(context, Ui4Reviews.VELDMAN_NUMBER, Ui4Reviews.VELDMAN);
    }

    /** The same for another employee of Bakker's cluster (Martijn Postma's is the screen test's). */
    public static synchronized long waitingForTheAssessment(ApplicationContext context, String number,
            String username) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<Long> existing = jdbc.queryForList("select id from review where process_key = ?", Long.class,
                YEAR + "/" + number);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        return new Ui4Reviews(context).assessing(YEAR, number, username, Ui4Reviews.COORDINATOR);
    }

    /** The whole world: the people, Veldman's review with its round, and the status-row reviews. */
    public static void ensureAll(ApplicationContext context) {
        ensure(context);
        veldmanWaitingForTheAssessment(context);
        ensureReviews(context);
        clearProposals(context);
    }

    /**
     * Removes the proposals for the world's status-row reviews (Bert, Bep, Bob, Cor), so each test starts with none
     * open; Veldman's review keeps its history (it is walked once).
     */
    public static void clearProposals(ApplicationContext context) {
        context.getBean(JdbcTemplate.class).update("delete from calibration_judgement_proposal where review_id in"
                + " (select r.id from review r join employee e on e.id = r.employee_id where r.review_year = " + YEAR
                + " and e.personnel_number like '78%')");
    }

    /** The id of one of the world's reviews. */
    public static long reviewId(ApplicationContext context, int year, String personnelNumber) {
        return context.getBean(JdbcTemplate.class).queryForObject("select id from review where process_key = ?",
                Long.class, year + "/" + personnelNumber);
    }

    public static long unitId(OrganisationDirectory directory, String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static long review(JdbcTemplate jdbc, long round, int year, long employee, String number, long manager,
            String phase) {
        VlootschouwPeople.review(jdbc, round, year, employee, number, manager, phase);
        return jdbc.queryForObject("select id from review where process_key = ?", Long.class, year + "/" + number);
    }

    private static void person(OrganisationService organisation, String number, String first, String last,
            String unit) {
        VlootschouwPeople.person(organisation, number, first, last, unit, null, false);
    }

    public static long id(OrganisationDirectory directory, String number) {
        return directory.employeeByPersonnelNumber(number).orElseThrow().id();
    }
}

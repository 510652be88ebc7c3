package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.ProfilePeriod;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewStarter;
import nl.gesprekscyclus.review.ReviewValidationException;
import nl.gesprekscyclus.review.RoundPolicies;
import nl.gesprekscyclus.review.Signature;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sanne de Jong (beleidsadviseur: normfunctie Medewerker ontwikkeling II, whose RG1 is "Beleidsontwikkeling")
 * agrees two result agreements in 2038 and becomes regisseur/adviseur (Adviseur III, whose RG1 is "Advies") on
 * 1 October, before her assessment. The change is recorded with its date instead of overwriting the profile; the
 * screen names both normfuncties with their dates; the agreements keep the names they were agreed under (not the
 * new profile's "RG1"); the assessment rates the new profile's competencies against its levels; the signed
 * assessment and its PDF say all of this. Year 2038 is used by no other test.
 */
class ReviewViewFunctionChangeTests extends KaribuTest {

    static final int YEAR = 2038;
    static final String SANNE_NUMBER = DemoUsers.EMPLOYEE_NUMBER;
    static final LocalDate CHANGED = LocalDate.of(YEAR, 10, 1);

    @Autowired
    ReviewStarter starter;
    @Autowired
    FunctionBooks books;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    ReviewReadService reads;
    @Autowired
    AssessmentService assessment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoundPolicies policies;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldShowBothProfilesKeepTheAgreedAreaNamesAndAssessTheNewProfile() {
        Ui4Reviews reviews = new Ui4Reviews(context);
        long id = reviews.assessing(YEAR, SANNE_NUMBER, DemoUsers.EMPLOYEE, DemoUsers.COORDINATOR);
        long sanne = directory.employeeByPersonnelNumber(SANNE_NUMBER).orElseThrow().id();
        long bookVersion = books.current().versionId();

        starter.changeFunction(YEAR, sanne, "regisseur-adviseur", CHANGED, books.current());

        assertThat(jdbc.queryForMap("select effective_date, old_job_title_code, old_job_profile_code,"
                + " new_job_title_code, new_job_profile_code, new_function_book_version_id, cause"
                + " from review_profile_change where review_id = ?", id)).containsValues(
                        java.sql.Date.valueOf(CHANGED), "beleidsadviseur", "medewerker-ontwikkeling-ii",
                        "regisseur-adviseur", "adviseur-iii", bookVersion, "FUNCTION_CHANGE");
        // a later change of manager or coordinator (the round's asynchronous step) leaves the function alone;
        // before, it put the review on the employee's job title of the moment and the current book version
        starter.update(YEAR, policies.of(jdbc.queryForObject("select round_id from review where id = ?", Long.class, id)),
                directory.employeeByPersonnelNumber(SANNE_NUMBER).orElseThrow());
        assertThat(jdbc.queryForObject("select job_title_code from review where id = ?", String.class, id))
                .isEqualTo("regisseur-adviseur");
        Login.as(users, DemoUsers.EMPLOYEE);
        ReviewDossier dossier = reads.dossier(id);
        assertThat(dossier.jobProfile().code()).isEqualTo("adviseur-iii");
        assertThat(dossier.profileHistory()).extracting(ProfilePeriod::from, ProfilePeriod::until,
                p -> p.jobProfile().name()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(YEAR, 1, 1), CHANGED,
                                "Medewerker ontwikkeling II"),
                        org.assertj.core.groups.Tuple.tuple(CHANGED, null, "Adviseur III"));
        assertThat(dossier.resultAgreements()).extracting(a -> a.data().resultArea(), ResultAgreement::resultAreaName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("RG1", "Beleidsontwikkeling"),
                        org.assertj.core.groups.Tuple.tuple("RG2", "Procesbewaking en regie"));
        Login.logout();

        // the screen: both normfuncties with their dates; the agreements under the names they were agreed with
        login(DemoUsers.EMPLOYEE);
        navigate("gesprek/" + id);
        assertThat(text("review-profile-history")).isEqualTo("Functiewijziging dit jaar: Medewerker ontwikkeling II"
                + " tot 1 oktober 2038, Adviseur III vanaf 1 oktober 2038. Hieronder staat de normfunctie van nu; de"
                + " beoordeling gaat daarover.");
        assertThat(text("review-job-profile")).isEqualTo("Adviseur III");
        List<String> groups = _find(Div.class, s -> s.withClasses("review-agreement-group")).stream()
                .filter(g -> !_find(g, Div.class, s -> s.withClasses("review-agreement")).isEmpty())
                .map(g -> _find(g, H4.class).get(0).getElement().getTextRecursively()).toList();
        assertThat(groups).containsExactly(
                "Beleidsontwikkeling (normfunctie van voor de functiewijziging)",
                "Procesbewaking en regie (normfunctie van voor de functiewijziging)");

        // the assessment rates the new profile: an old competency is no longer one to rate, the new ones are
        Login.as(users, DemoUsers.MANAGER);
        assertThatThrownBy(() -> assessment.rateCompetency(id, "creativiteit", "B", null))
                .isInstanceOf(ReviewValidationException.class);
        for (ResultAgreement a : dossier.resultAgreements()) {
            assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
        }
        JobProfile adviseurIii = dossier.jobProfile();
        adviseurIii.competencies().forEach(c -> assessment.rateCompetency(id, c.competency(), "B", null));
        assessment.writeAssessment(id, "voldoende", "Afspraken behaald.");
        Signature assessed = reads.dossier(id).signatures().stream().filter(s -> s.getKind().name().equals("ASSESS"))
                .findFirst().orElseThrow();
        assertThat(assessed.getSignedContent()).contains("\"jobProfile\":\"Adviseur III\"")
                .contains("\"resultAreaName\":\"Beleidsontwikkeling\"").contains("analytisch-vermogen")
                .doesNotContain("creativiteit");
        Login.as(users, DemoUsers.EMPLOYEE);
        assessment.noResponse(id);
        assessment.acknowledge(id);
        Login.as(users, DemoUsers.MANAGER);
        assessment.signOff(id);
        Login.logout();
        reviews.driver.runDueJobsOf(Ui4Reviews.key(YEAR, SANNE_NUMBER));

        // the signed PDF shows the same: both normfuncties with dates, the areas as agreed
        String shown = jdbc.queryForObject("select source_data from review_document where review_id = ?"
                + " and kind = 'ASSESSMENT'", String.class, id);
        assertThat(shown).contains("\"jobProfile\":\"Medewerker ontwikkeling II tot 1-10-2038, Adviseur III vanaf"
                + " 1-10-2038\"").contains("\"jobTitle\":\"Beleidsadviseur tot 1-10-2038, Regisseur/adviseur vanaf"
                + " 1-10-2038\"").contains("\"resultArea\":\"Beleidsontwikkeling\"")
                .contains("\"resultArea\":\"Procesbewaking en regie\"").doesNotContain("\"resultArea\":\"Advies\"");
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getText();
    }
}

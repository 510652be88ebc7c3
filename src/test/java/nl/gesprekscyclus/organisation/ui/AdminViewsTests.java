package nl.gesprekscyclus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.organisation.CoordinatorSummary;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.EmployeeCsv;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The functioneel beheerder's screens: open to ADMIN only, and they say what is wrong next to the field. */
class AdminViewsTests extends KaribuTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.EMPLOYEE, DemoUsers.COORDINATOR, DemoUsers.MANAGER, DemoUsers.HR})
    void shouldRefuseEveryAdminScreenToOtherRoles(String user) {
        login(user);
        for (String route : new String[] {"beheer/medewerkers", "beheer/organisatie", "beheer/coordinatie", "beheer/import"}) {
            try {
                navigate(route);
            } catch (MockAccessDeniedException expected) {
                // Karibu reports the annotation check directly
            }
            assertThat(UI.getCurrent().getCurrentView()).as(user + " " + route)
                    .isNotInstanceOfAny(EmployeesView.class, OrganisationView.class, CoordinatorsView.class,
                            EmployeeImportView.class);
        }
    }

    @Test
    void shouldListTheEmployeesAndShowAWrongEmailNextToTheField() {
        login(DemoUsers.ADMIN);
        navigate("beheer/medewerkers");
        EmployeesView view = _get(EmployeesView.class);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(45);
        view.filter.setValue("Jong");
        EmployeeSummary sanne = GridKt._get(view.grid, 0);
        assertThat(sanne.personnelNumber()).isEqualTo(DemoUsers.EMPLOYEE_NUMBER);

        view.edit(sanne);
        EmailField email = _get(EmailField.class);
        email.setValue("sanne-at-ommen");
        _get(Button.class, s -> s.withId("save-employee")).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
    }

    @Test
    void shouldShowTheTreeOfUnitsWithWhoManagesThemAndHowManyPeopleTheyHave() {
        login(DemoUsers.ADMIN);
        navigate("beheer/organisatie");
        OrganisationView view = _get(OrganisationView.class);

        List<UnitSummary> roots = GridKt._getRootItems(view.tree);
        assertThat(roots).extracting(UnitSummary::name).containsExactly("Gemeente Ommen");
        assertThat(GridKt._size(view.tree)).as("the whole tree, unfolded").isEqualTo(organisation.units().size());
        UnitSummary top = roots.get(0);
        int active = jdbc.queryForObject("select count(*) from employee where active = true", Integer.class);
        assertThat(GridKt._getFormattedRow(view.tree, top)).containsExactly("Gemeente Ommen", "gemeente",
                "Annemarie Bakker (100001)", "", String.valueOf(top.ownMembers()), String.valueOf(active));
        UnitSummary coordinatie = view.units().stream().filter(u -> u.code().equals("coordinatie")).findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(view.tree, coordinatie)).startsWith("Coördinatie", "cluster",
                "Annemarie Bakker (100001)", "", "1", "1");

        // the form: a unit without a manager is refused next to the field, nothing is saved
        UnitForm form = view.edit(coordinatie);
        assertThat(form.code.isReadOnly()).as("the code is the unit's key").isTrue();
        form.manager.clear();
        form.save.click();
        assertThat(form.manager.isInvalid()).isTrue();
        assertThat(form.manager.getErrorMessage()).isEqualTo("Een eenheid heeft een leidinggevende nodig.");
        assertThat(organisation.units()).filteredOn(u -> u.code().equals("coordinatie"))
                .extracting(UnitSummary::managerNumber).containsExactly("100001");
    }

    @Test
    void shouldShowWhoTheUnitGivesAsManagerWhenNoneIsSetForTheEmployee() {
        login(DemoUsers.ADMIN);
        navigate("beheer/medewerkers");
        EmployeesView view = _get(EmployeesView.class);
        view.filter.setValue(DemoUsers.EMPLOYEE_NUMBER);
        view.edit(GridKt._get(view.grid, 0));
        EmployeeForm form = _get(EmployeeForm.class);

        assertThat(form.unit.getValue().name()).isEqualTo("Cluster Beleid en Ontwikkeling");
        assertThat(form.manager.getLabel()).isEqualTo("Leidinggevende (afwijkend)");
        assertThat(form.manager.getValue()).isNull();
        assertThat(form.manager.getHelperText()).isEqualTo("Leeg laten: de leidinggevende volgt uit de eenheid, nu"
                + " Annemarie Bakker (100001).");
        form.manager.setValue(new PersonOption("100008", "Jeroen van der Meer"));
        assertThat(form.manager.getHelperText()).startsWith("Afwijkend van de eenheid");
    }

    @Test
    void shouldShowTheCoordinators() {
        login(DemoUsers.ADMIN);
        navigate("beheer/coordinatie");
        CoordinatorsView coordinators = _get(CoordinatorsView.class);
        assertThat(GridKt._size(coordinators.coordinators)).isGreaterThanOrEqualTo(3);
        // a demo coordinator (other tests add coordinators with a colleague or two to the shared database)
        CoordinatorSummary demoCoordinator = coordinators.coordinators.getGenericDataView().getItems()
                .filter(c -> c.coordinator().personnelNumber().equals("100010")).findFirst().orElseThrow();
        coordinators.coordinators.select(demoCoordinator);
        assertThat(GridKt._size(coordinators.colleagues)).isGreaterThan(10);
    }

    @Test
    void shouldCheckAnImportAndImportOnlyAfterConfirmation() {
        login(DemoUsers.ADMIN);
        navigate("beheer/import");
        EmployeeImportView view = _get(EmployeeImportView.class);

        view.fileReceived("fout.csv", EmployeeCsv.withRows(
                "960001;Piet;;Fout;piet.fout@ommen.nl;astronaut;concern-en-ondersteuning;100001;;2020-01-01;ja\n"));
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(GridKt._get(view.rows, 0).violations()).isNotEmpty();

        view.fileReceived("goed.csv", EmployeeCsv.withRows(
                "960002;Piet;;Goed;piet.goed@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja\n"));
        assertThat(view.importButton.isEnabled()).isTrue();
        view.importButton.click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("1 nieuwe medewerkers");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(view.summary.getText()).isEqualTo("Geïmporteerd: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd.");
        navigate("beheer/medewerkers");
        _get(EmployeesView.class).filter.setValue("960002");
        assertThat(GridKt._size(_get(EmployeesView.class).grid)).isEqualTo(1);
        assertThat(_find(TextField.class)).isNotEmpty();
    }

    @Test
    void shouldExplainABrokenQuoteInDutchWithItsLineAndNoJavaClassName() {
        login(DemoUsers.ADMIN);
        navigate("beheer/import");
        EmployeeImportView view = _get(EmployeeImportView.class);

        view.fileReceived("aanhalingsteken.csv", EmployeeCsv.withRows(
                "960003;\"Piet\" Jan;;Goed;piet.jan@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja\n"));

        assertThat(view.fileProblems.getChildren().map(c -> c.getElement().getText()).toList())
                .containsExactly("Regel 2: na het afsluitende aanhalingsteken (\") van een veld staat nog tekst vóór "
                        + "het scheidingsteken. Zet het hele veld tussen aanhalingstekens en schrijf een "
                        + "aanhalingsteken in de tekst dubbel (\"\").");
        assertThat(view.summary.getText()).contains("aanhalingsteken.csv").doesNotContain("org.apache", "Exception");
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    void shouldGiveTheUploadAndTheDatesTheScreensLanguage() {
        login(DemoUsers.ADMIN);
        navigate("beheer/import");
        // both uploads (employees, units) come from one helper; the units file's is the second
        assertThat(_find(Upload.class)).hasSize(2);
        UploadI18N dutch = _find(Upload.class).get(1).getI18n();
        assertThat(dutch.getError().getFileIsTooBig()).isEqualTo("Het bestand is te groot.");
        assertThat(dutch.getError().getIncorrectFileType()).isEqualTo("Dit soort bestand wordt niet aangenomen.");
        assertThat(dutch.getFile().getRemove()).isEqualTo("Verwijderen");
        assertThat(dutch.getUploading().getStatus().getProcessing()).isEqualTo("Bestand wordt verwerkt…");
        navigate("beheer/medewerkers");
        EmployeesView employees = _get(EmployeesView.class);
        employees.filter.setValue(DemoUsers.EMPLOYEE_NUMBER);
        assertThat(GridKt._getFormattedRow(employees.grid, 0).get(5)).isEqualTo("01-06-2018");

        UI.getCurrent().setLocale(Messages.ENGLISH);
        navigate("beheer/import");
        assertThat(_find(Upload.class).get(1).getI18n().getError().getFileIsTooBig()).isEqualTo("The file is too big.");
        navigate("beheer/medewerkers");
        employees = _get(EmployeesView.class);
        employees.filter.setValue(DemoUsers.EMPLOYEE_NUMBER);
        assertThat(GridKt._getFormattedRow(employees.grid, 0).get(5)).isEqualTo("1 Jun 2018");
    }
}

package nl.gesprekscyclus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitData;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Bad input on the admin forms (issue #6): one character over the limit of a name, an e-mail address or a unit
 * text is refused next to the field and nothing is saved; a name with markup and characters from other scripts is
 * stored and read back exactly; invisible format characters that make one name look like another (a bidi override,
 * a zero-width space) are refused next to the field, the joiners Persian names and emoji need are kept. Employees
 * 450002/450003/450004 and units input-450/input-451 are used by no other test.
 */
class AdminFormsBadInputTests extends KaribuTest {

    @Autowired
    OrganisationService organisation;

    private List<EmployeeSummary> employee(String number) {
        return organisation.employees(number, PageRequest.of(0, 5)).getContent();
    }

    /** The admin's form for a new employee with this number and a job, unit and start date filled in. */
    private EmployeeForm newEmployee(String personnelNumber) {
        login(DemoUsers.ADMIN);
        navigate("beheer/medewerkers");
        _get(EmployeesView.class).edit(null);
        EmployeeForm form = _get(EmployeeForm.class);
        form.personnelNumber.setValue(personnelNumber);
        form.jobTitle.setValue(form.jobTitle.getListDataView().getItems().findFirst().orElseThrow());
        form.unit.setValue(form.unit.getListDataView().getItems().findFirst().orElseThrow());
        form.startDate.setValue(LocalDate.of(2020, 1, 1));
        return form;
    }

    @Test
    void shouldRefuseANameOneCharacterTooLongAndKeepAMarkupNameAsWritten() {
        EmployeeForm form = newEmployee("450002");
        form.firstName.setValue("x".repeat(EmployeeData.MAX_FIRST_NAME + 1));
        form.namePrefix.setValue("x".repeat(EmployeeData.MAX_NAME_PREFIX + 1));
        form.lastName.setValue("x".repeat(EmployeeData.MAX_LAST_NAME + 1));
        form.email.setValue("x".repeat(EmployeeData.MAX_EMAIL - 10) + "@input.test");
        Button save = _get(Button.class, s -> s.withText("Opslaan"));
        _click(save);

        assertThat(form.firstName.getErrorMessage()).isEqualTo("Maximaal 100 tekens.");
        assertThat(form.namePrefix.getErrorMessage()).isEqualTo("Maximaal 30 tekens.");
        assertThat(form.lastName.getErrorMessage()).isEqualTo("Maximaal 150 tekens.");
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(List.of(form.firstName.isInvalid(), form.namePrefix.isInvalid(), form.lastName.isInvalid()))
                .containsOnly(true);
        assertThat(employee("450002")).isEmpty();

        form.firstName.setValue("<script>alert(1)</script> Łucja 👩‍💼");
        form.namePrefix.setValue("");
        form.lastName.setValue("<img src=x onerror=alert(1)> Weiß-Çelik שלום e\u0301");
        form.email.setValue("lucja.450002@input.test");
        form.active.setValue(false);
        _click(save);

        assertThat(employee("450002")).singleElement().extracting(EmployeeSummary::fullName)
                .isEqualTo("<script>alert(1)</script> Łucja 👩‍💼 <img src=x onerror=alert(1)> Weiß-Çelik שלום e\u0301");
    }

    @Test
    void shouldRefuseAUnitNameOrDescriptionOneCharacterTooLong() {
        login(DemoUsers.ADMIN);
        navigate("beheer/organisatie");
        _get(OrganisationView.class).edit(null);
        Dialog dialog = _find(Dialog.class).stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        List<TextField> fields = _find(dialog, TextField.class);
        TextField code = fields.get(0);
        TextField name = fields.get(1);
        TextArea description = _get(dialog, TextArea.class);
        code.setValue("input-450");
        name.setValue("x".repeat(UnitData.MAX_NAME + 1));
        description.setValue("x".repeat(UnitData.MAX_DESCRIPTION + 1));
        _click(_get(dialog, Button.class, s -> s.withText("Opslaan")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Maximaal 200 tekens.");
        assertThat(description.getErrorMessage()).isEqualTo("Maximaal 2.000 tekens.");
        assertThat(organisation.units()).noneMatch(c -> c.code().equals("input-450"));
    }

    @Test
    void shouldRefuseANameWithABidiOverrideOrZeroWidthSpaceAndKeepTheJoiners() {
        EmployeeForm form = newEmployee("450004");
        // U+202E shows "nesnaJ" as "Jansen"; U+200B splits nothing visibly; U+2066 opens an isolate
        form.firstName.setValue("\u202Enna");
        form.namePrefix.setValue("van\u2066");
        form.lastName.setValue("Jan\u200Bsen");
        form.email.setValue("persian.450004@input.test");
        Button save = _get(Button.class, s -> s.withText("Opslaan"));
        _click(save);

        assertThat(form.firstName.getErrorMessage()).isEqualTo("Bevat een onzichtbaar opmaakteken (U+202E), zoals een "
                + "teken dat de schrijfrichting omdraait; haal het weg.");
        assertThat(form.namePrefix.getErrorMessage()).contains("(U+2066)");
        assertThat(form.lastName.getErrorMessage()).contains("(U+200B)");
        assertThat(employee("450004")).isEmpty();

        // the zero-width non-joiner of a Persian name (نیک‌نام) and the joiner of an emoji sequence stay
        form.firstName.setValue("\u0646\u06CC\u06A9\u200C\u0646\u0627\u0645");
        form.namePrefix.setValue("");
        form.lastName.setValue("Jansen \uD83D\uDC69\u200D\uD83D\uDCBC");
        _click(save);

        assertThat(employee("450004")).singleElement().extracting(EmployeeSummary::fullName).isEqualTo(
                "\u0646\u06CC\u06A9\u200C\u0646\u0627\u0645 Jansen \uD83D\uDC69\u200D\uD83D\uDCBC");
    }

    @Test
    void shouldRefuseAUnitNameWithABidiOverride() {
        login(DemoUsers.ADMIN);
        navigate("beheer/organisatie");
        _get(OrganisationView.class).edit(null);
        Dialog dialog = _find(Dialog.class).stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        List<TextField> fields = _find(dialog, TextField.class);
        fields.get(0).setValue("input-451");
        fields.get(1).setValue("Cluster \u202EnietsreV");
        _click(_get(dialog, Button.class, s -> s.withText("Opslaan")));

        assertThat(fields.get(1).getErrorMessage()).contains("onzichtbaar opmaakteken (U+202E)");
        assertThat(organisation.units()).noneMatch(c -> c.code().equals("input-451"));
    }
}

package nl.gesprekscyclus.round.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.base.ui.VaadinTexts;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.SelectedPeople;

/**
 * The start of a year's round: the three phase windows (proposed from the configured calendar) and whom the
 * round is for. Checks what it can itself (every date filled in, a selection that names someone); the calendar
 * rules are the service's, and their violations come back here next to the field they are about.
 */
class RoundStartForm extends Section {

    /** Whom the round is for. */
    enum Who {
        EVERYONE, UNITS, PERSONS
    }

    /** As the organisation's rules have it (EmployeeRules): letters and digits, '.', '-' and '_', at most 20. */
    static final Pattern PERSONNEL_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    /** People named in the confirmation before "and N more". */
    static final int SHOWN_NUMBERS = 10;

    private final int year;
    final DatePicker planningStart;
    final DatePicker planningEnd;
    final DatePicker progressStart;
    final DatePicker progressEnd;
    final DatePicker assessmentStart;
    final DatePicker assessmentEnd;
    final RadioButtonGroup<Who> who = new RadioButtonGroup<>();
    final MultiSelectComboBox<UnitSummary> units = new MultiSelectComboBox<>();
    final TextArea persons = new TextArea();
    final Button start = new Button();
    private final List<HasValidation> validated = new ArrayList<>();

    RoundStartForm(int year, RoundCalendar proposal, List<UnitSummary> unitOptions) {
        this.year = year;
        addClassName("round-start");
        add(new H2(getTranslation("roundView.startHeading", year)));
        add(new Paragraph(getTranslation("roundView.startIntro", year)));

        add(new H3(getTranslation("roundView.calendar")));
        planningStart = picker("roundView.planningStart", proposal.planning().start());
        planningEnd = picker("roundView.planningEnd", proposal.planning().end());
        progressStart = picker("roundView.progressStart", proposal.progress().start());
        progressEnd = picker("roundView.progressEnd", proposal.progress().end());
        assessmentStart = picker("roundView.assessmentStart", proposal.assessment().start());
        assessmentEnd = picker("roundView.assessmentEnd", proposal.assessment().end());
        FormLayout calendar = new FormLayout(planningStart, planningEnd, progressStart, progressEnd, assessmentStart,
                assessmentEnd);
        calendar.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        calendar.addClassName("round-calendar");
        add(calendar);

        add(new H3(getTranslation("roundView.who")));
        who.setLabel(getTranslation("roundView.whoLabel"));
        who.setItems(Who.values());
        who.setItemLabelGenerator(w -> getTranslation("roundView.who." + w.name()));
        who.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        who.setValue(Who.EVERYONE);
        who.setRequiredIndicatorVisible(true);
        who.addValueChangeListener(e -> showSelectionField());

        units.setLabel(getTranslation("roundView.units"));
        units.setHelperText(getTranslation("roundView.unitsHelp"));
        units.setItems(unitOptions);
        units.setItemLabelGenerator(u -> u.name() + " (" + u.kind() + ")");
        units.setRequiredIndicatorVisible(true);
        units.setClearButtonVisible(true);
        units.setManualValidation(true);
        units.setWidthFull();
        VaadinTexts.multiSelect(units, getLocale());
        validated.add(units);

        persons.setLabel(getTranslation("roundView.persons"));
        persons.setHelperText(getTranslation("roundView.personsHelp"));
        persons.setRequiredIndicatorVisible(true);
        persons.setMaxLength(20_000);
        persons.setManualValidation(true);
        persons.setWidthFull();
        validated.add(persons);

        start.setText(getTranslation("roundView.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("round-start");

        add(who, units, persons, start);
        showSelectionField();
    }

    private DatePicker picker(String labelKey, LocalDate value) {
        DatePicker picker = DatePickers.create(getTranslation(labelKey), getLocale());
        picker.setValue(value);
        picker.setRequiredIndicatorVisible(true);
        // the server's message stays until the next attempt, even when the field loses focus
        picker.setManualValidation(true);
        validated.add(picker);
        return picker;
    }

    private void showSelectionField() {
        units.setVisible(who.getValue() == Who.UNITS);
        persons.setVisible(who.getValue() == Who.PERSONS);
    }

    int year() {
        return year;
    }

    /** Checks what the screen can check itself and marks the fields; true when the service may be asked. */
    boolean checkInput() {
        clearErrors();
        for (DatePicker picker : pickers()) {
            if (picker.getValue() == null) {
                mark(picker, getTranslation("field.required"));
            }
        }
        if (who.getValue() == Who.UNITS && units.getSelectedItems().isEmpty()) {
            mark(units, getTranslation("roundView.unitsRequired"));
        }
        if (who.getValue() == Who.PERSONS) {
            Set<String> numbers = personnelNumbers();
            List<String> wrong = numbers.stream().filter(n -> !PERSONNEL_NUMBER.matcher(n).matches()).toList();
            if (numbers.isEmpty()) {
                mark(persons, getTranslation("roundView.personsRequired"));
            } else if (!wrong.isEmpty()) {
                mark(persons, getTranslation("roundView.personsInvalid", String.join(", ", wrong)));
            }
        }
        focusFirstInvalid();
        return validated.stream().noneMatch(HasValidation::isInvalid);
    }

    RoundCalendar calendar() {
        return new RoundCalendar(year, new RoundCalendar.Phase(planningStart.getValue(), planningEnd.getValue()),
                new RoundCalendar.Phase(progressStart.getValue(), progressEnd.getValue()),
                new RoundCalendar.Phase(assessmentStart.getValue(), assessmentEnd.getValue()));
    }

    RoundSelection selection() {
        return switch (who.getValue()) {
            case UNITS -> new RoundSelection(units.getSelectedItems().stream().map(UnitSummary::code)
                    .collect(Collectors.toSet()), Set.of());
            case PERSONS -> new RoundSelection(Set.of(), personnelNumbers());
            default -> RoundSelection.everyone();
        };
    }

    /**
     * Marks the numbers that name nobody, or someone no longer in service, next to the field; true when every
     * number names someone in service.
     */
    boolean showPeople(SelectedPeople people) {
        List<String> problems = new ArrayList<>();
        if (!people.unknown().isEmpty()) {
            problems.add(getTranslation("round.persons.unknown", String.join(", ", people.unknown())));
        }
        if (!people.notInService().isEmpty()) {
            problems.add(getTranslation("round.persons.notInService", people.notInService().stream()
                    .map(SelectedPeople.Person::label).collect(Collectors.joining(", "))));
        }
        if (problems.isEmpty()) {
            return true;
        }
        mark(persons, String.join(" ", problems));
        persons.focus();
        return false;
    }

    /**
     * Whom the confirmation names: "alle actieve medewerkers", the units, or how many people and who, by name.
     *
     * @param people the typed numbers looked up (only for a selection of people)
     */
    String whoText(SelectedPeople people) {
        return switch (who.getValue()) {
            case UNITS -> {
                List<String> names = units.getSelectedItems().stream().map(UnitSummary::name).sorted()
                        .toList();
                yield getTranslation("roundView.confirmWho.units", names.size(), String.join(", ", names));
            }
            case PERSONS -> {
                List<String> named = people.people().stream().map(SelectedPeople.Person::label).toList();
                String shown = String.join(", ", named.subList(0, Math.min(SHOWN_NUMBERS, named.size())));
                if (named.size() > SHOWN_NUMBERS) {
                    shown += " " + getTranslation("roundView.andMore", named.size() - SHOWN_NUMBERS);
                }
                yield getTranslation("roundView.confirmWho.persons", named.size(), shown);
            }
            default -> getTranslation("roundView.confirmWho.everyone");
        };
    }

    /** The personnel numbers typed, separated by commas, semicolons, spaces or new lines; each once, in order. */
    Set<String> personnelNumbers() {
        String text = persons.getValue() == null ? "" : persons.getValue();
        return Arrays.stream(text.split("[\\s,;]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    String date(LocalDate day) {
        return DateFormats.day(day, getLocale());
    }

    /**
     * Shows the service's violations next to the date they are about: an end before its start at the end, a
     * missing date at that date, anything else about a phase at its start. Returns those that name no field here.
     */
    List<Violation> show(List<Violation> violations) {
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        List<Violation> rest = new ArrayList<>();
        for (Violation v : violations) {
            HasValidation target = target(v);
            if (target == null) {
                rest.add(v);
            } else {
                messages.computeIfAbsent(target, t -> new ArrayList<>()).add(v.message(getLocale()));
            }
        }
        messages.forEach((field, texts) -> mark(field, String.join(" ", texts)));
        return rest;
    }

    private HasValidation target(Violation v) {
        if ("persons".equals(v.field())) {
            return persons;
        }
        return pickerFor(v);
    }

    private DatePicker pickerFor(Violation v) {
        DatePicker[] phase = switch (v.field()) {
            case "planning" -> new DatePicker[] {planningStart, planningEnd};
            case "progress" -> new DatePicker[] {progressStart, progressEnd};
            case "assessment" -> new DatePicker[] {assessmentStart, assessmentEnd};
            default -> null;
        };
        if (phase == null) {
            return null;
        }
        if ("round.calendar.end-before-start".equals(v.messageKey())) {
            return phase[1];
        }
        if ("field.required".equals(v.messageKey()) && phase[0].getValue() != null) {
            return phase[1];
        }
        return phase[0];
    }

    void focusFirstInvalid() {
        validated.stream().filter(HasValidation::isInvalid).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    private void clearErrors() {
        validated.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private List<DatePicker> pickers() {
        return List.of(planningStart, planningEnd, progressStart, progressEnd, assessmentStart, assessmentEnd);
    }
}

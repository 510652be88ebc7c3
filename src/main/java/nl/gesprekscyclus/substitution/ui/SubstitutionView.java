package nl.gesprekscyclus.substitution.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.substitution.SubstitutionRules;
import nl.gesprekscyclus.substitution.SubstitutionService;
import nl.gesprekscyclus.substitution.SubstitutionValidationException;

/**
 * "Vervanging": a manager names who acts for them during a period (holiday, illness), and sees or ends it; HR
 * does the same for any manager (one who is ill cannot). The service decides; a broken rule shows next to its
 * field in Dutch and nothing is stored.
 */
@Route(value = "vervanging", layout = MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.HR})
public class SubstitutionView extends Main implements HasDynamicTitle {


    private final SubstitutionService service;

    /** HR only: whose substitute is set. */
    final ComboBox<EmployeeSummary> manager = new ComboBox<>();
    final ComboBox<EmployeeSummary> substitute = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final TextField reason = new TextField();
    final Button save = new Button();
    final Grid<SubstitutionService.Line> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public SubstitutionView(SubstitutionService service) {
        this.service = service;
        addClassName("page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("substitution.intro")));
        from = DatePickers.create(getTranslation("substitution.from"), getLocale());
        to = DatePickers.create(getTranslation("substitution.to"), getLocale());
        add(form(service.isHr()));
        add(new H2(getTranslation("substitution.current")));
        configureGrid();
        empty.setText(getTranslation("substitution.none"));
        empty.setId("substitution-none");
        add(empty, grid);
        refresh();
    }

    private FormLayout form(boolean hr) {
        FormLayout form = new FormLayout();
        form.setId("substitution-form");
        if (hr) {
            manager.setId("substitution-manager");
            manager.setLabel(getTranslation("substitution.manager"));
            manager.setItems(this::people);
            manager.setItemLabelGenerator(this::label);
            manager.setRequiredIndicatorVisible(true);
            form.add(manager);
            fields.put("manager", manager);
        }
        substitute.setId("substitution-substitute");
        substitute.setLabel(getTranslation("substitution.substitute"));
        substitute.setItems(this::people);
        substitute.setItemLabelGenerator(this::label);
        substitute.setRequiredIndicatorVisible(true);
        from.setId("substitution-from");
        from.setRequiredIndicatorVisible(true);
        to.setId("substitution-to");
        to.setRequiredIndicatorVisible(true);
        reason.setId("substitution-reason");
        reason.setLabel(getTranslation("substitution.reason"));
        reason.setHelperText(getTranslation("substitution.reasonHelp"));
        reason.setMaxLength(SubstitutionRules.REASON_MAX);
        save.setId("substitution-save");
        save.setText(getTranslation("substitution.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        fields.put(SubstitutionRules.SUBSTITUTE, substitute);
        fields.put(SubstitutionRules.FROM, from);
        fields.put(SubstitutionRules.TO, to);
        fields.put("reason", reason);
        // the server's message stays on the field until the next attempt
        fields.values().forEach(f -> f.setManualValidation(true));
        form.add(substitute, from, to, reason, save);
        return form;
    }

    /** The picker's page of people whose name holds what was typed (loaded as the list scrolls, never all). */
    private java.util.stream.Stream<EmployeeSummary> people(com.vaadin.flow.data.provider.Query<EmployeeSummary, String> query) {
        return service.people(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream();
    }

    private void save() {
        FieldViolations.clear(fields);
        try {
            SubstitutionService.Line saved = service.set(manager.getValue() == null ? null : manager.getValue().id(),
                    substitute.getValue() == null ? null : substitute.getValue().id(), from.getValue(), to.getValue(),
                    reason.getValue());
            ErrorNotifications.success(getTranslation("substitution.saved", saved.substituteName(),
                    saved.managerName(), DateFormats.day(saved.from(), getLocale()),
                    DateFormats.day(saved.to(), getLocale())));
            substitute.clear();
            from.clear();
            to.clear();
            reason.clear();
            refresh();
        } catch (SubstitutionValidationException ex) {
            FieldViolations.show(fields, ex.violations(), getLocale());
        }
    }

    private void configureGrid() {
        grid.setId("substitution-grid");
        grid.setAriaLabel(getTranslation("substitution.current"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SubstitutionService.Line::managerName).setKey("manager").setHeader(getTranslation("substitution.manager"));
        grid.addColumn(SubstitutionService.Line::substituteName).setKey("substitute").setHeader(getTranslation("substitution.substitute"));
        grid.addColumn(l -> DateFormats.day(l.from(), getLocale()) + " – " + DateFormats.day(l.to(), getLocale()))
                .setKey("period").setHeader(getTranslation("substitution.period"));
        grid.addColumn(l -> l.reason() == null ? "" : l.reason()).setKey("reason").setHeader(getTranslation("substitution.reason"));
        grid.addColumn(new ComponentRenderer<>(this::endButton)).setKey("actions").setHeader(getTranslation("substitution.actions"));
    }

    private Button endButton(SubstitutionService.Line line) {
        Button end = new Button(getTranslation("substitution.end"));
        end.setId("substitution-end-" + line.id());
        end.setVisible(line.endable());
        end.getElement().setAttribute("aria-label",
                getTranslation("substitution.endLabel", line.substituteName(), line.managerName()));
        end.addClickListener(e -> {
            try {
                service.end(line.id());
                ErrorNotifications.success(getTranslation("substitution.ended"));
            } catch (SubstitutionValidationException ex) {
                ErrorNotifications.error(ex.violations().get(0).message(getLocale()));
            }
            refresh();
        });
        return end;
    }

    private void refresh() {
        List<SubstitutionService.Line> lines = service.current();
        grid.setItems(lines);
        grid.setVisible(!lines.isEmpty());
        empty.setVisible(lines.isEmpty());
    }

    private String label(EmployeeSummary e) {
        return e.fullName() + " (" + e.personnelNumber() + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("substitution.title");
    }
}

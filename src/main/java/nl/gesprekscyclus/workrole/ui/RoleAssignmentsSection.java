package nl.gesprekscyclus.workrole.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.workrole.RoleAssignmentRules;
import nl.gesprekscyclus.workrole.RoleAssignmentRules.Overload;
import nl.gesprekscyclus.workrole.RoleAssignmentService;
import nl.gesprekscyclus.workrole.RoleAssignmentService.Line;
import nl.gesprekscyclus.workrole.RoleAssignmentService.Overview;
import nl.gesprekscyclus.workrole.RoleAssignmentValidationException;

/**
 * "Rollen" on a person's profile: the roles they fill and filled, newest first, with a warning where the shares add
 * up to more than 100 %; for their manager (or the functioneel beheerder) a form to assign a role and buttons to end
 * one and to decide on proposals, for their coordinator a form to propose one. The service decides who sees and does
 * what; this section only shows what it is given.
 */
public class RoleAssignmentsSection extends Section {

    private final RoleAssignmentService service;
    private final String personnelNumber;

    final ComboBox<WorkRole> role = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final IntegerField share = new IntegerField();
    final Button submit = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public RoleAssignmentsSection(RoleAssignmentService service, String personnelNumber) {
        this.service = service;
        this.personnelNumber = personnelNumber;
        addClassName("profile-section");
        setId("roles");
        from = DatePickers.create(getTranslation("roles.from"), getLocale());
        to = DatePickers.create(getTranslation("roles.to"), getLocale());
        refresh();
    }

    private void refresh() {
        removeAll();
        Overview overview = service.overview(personnelNumber);
        add(new H3(getTranslation("roles.heading")));
        Paragraph intro = new Paragraph(getTranslation("roles.intro"));
        intro.addClassName("roles-intro");
        add(intro);
        for (Overload o : overview.overloads()) {
            Paragraph warning = new Paragraph(getTranslation("roles.shareWarning",
                    DateFormats.day(o.from(), getLocale()), o.totalPercent()));
            warning.addClassName("role-share-warning");
            add(warning);
        }
        if (overview.lines().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("roles.none"));
            none.setId("roles-none");
            add(none);
        }
        Div list = new Div();
        list.addClassName("role-lines");
        overview.lines().forEach(l -> list.add(line(l)));
        add(list);
        if (overview.mayAssign() || overview.mayPropose()) {
            add(form(overview));
        }
    }

    private Div line(Line l) {
        Div row = new Div();
        row.addClassName("role-line");
        row.setId("role-assignment-" + l.id());
        row.getElement().setAttribute("data-role", l.roleCode());
        row.getElement().setAttribute("data-status", l.status().name());
        Span name = new Span(l.roleName());
        name.addClassName("role-name");
        Span period = new Span(l.to() == null
                ? getTranslation("roles.periodOpen", DateFormats.day(l.from(), getLocale()))
                : getTranslation("roles.period", DateFormats.day(l.from(), getLocale()),
                        DateFormats.day(l.to(), getLocale())));
        period.addClassName("role-period");
        row.add(name, period);
        if (l.sharePercent() != null) {
            Span s = new Span(getTranslation("roles.share", l.sharePercent()));
            s.addClassName("role-share");
            row.add(s);
        }
        Span status = new Span(getTranslation("roles.status." + l.status().name()));
        status.addClassName("role-status");
        Span by = new Span(getTranslation("roles.by", l.createdBy()));
        by.addClassName("role-by");
        row.add(status, by);
        if (l.decidable()) {
            Button accept = new Button(getTranslation("roles.accept"), e -> act(() -> {
                RoleAssignmentService.Outcome outcome = service.accept(l.id());
                success("roles.accepted", outcome.overloads());
            }));
            accept.setId("role-accept-" + l.id());
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(getTranslation("roles.reject"), e -> act(() -> {
                service.reject(l.id());
                ErrorNotifications.success(getTranslation("roles.rejected"));
            }));
            reject.setId("role-reject-" + l.id());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(accept, reject);
        }
        if (l.endable()) {
            Button end = new Button(getTranslation("roles.end"), e -> endDialog(l).open());
            end.setId("role-end-" + l.id());
            end.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(end);
        }
        return row;
    }

    private FormLayout form(Overview overview) {
        FormLayout form = new FormLayout();
        form.setId("role-form");
        H4 heading = new H4(getTranslation(overview.mayAssign() ? "roles.assignHeading" : "roles.proposeHeading"));
        form.add(heading);
        // the heading and the role over the whole width, the period and share in pairs below them
        form.setColspan(heading, 2);
        role.setId("role-role");
        role.setLabel(getTranslation("roles.role"));
        role.setItems(overview.catalogue());
        role.setItemLabelGenerator(WorkRole::name);
        role.setRequiredIndicatorVisible(true);
        from.setId("role-from");
        from.setRequiredIndicatorVisible(true);
        to.setId("role-to");
        to.setHelperText(getTranslation("roles.toHelp"));
        share.setId("role-share");
        share.setLabel(getTranslation("roles.shareLabel"));
        share.setHelperText(getTranslation("roles.shareHelp"));
        share.setMin(1);
        share.setMax(100);
        share.setSuffixComponent(new Span("%"));
        submit.setId("role-submit");
        submit.setText(getTranslation(overview.mayAssign() ? "roles.assign" : "roles.propose"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(overview.mayAssign()));
        fields.put(RoleAssignmentRules.ROLE, role);
        fields.put(RoleAssignmentRules.FROM, from);
        fields.put(RoleAssignmentRules.TO, to);
        fields.put(RoleAssignmentRules.SHARE, share);
        // the server's message stays on the field until the next attempt
        fields.values().forEach(f -> f.setManualValidation(true));
        form.add(role, from, to, share, submit);
        form.setColspan(role, 2);
        return form;
    }

    private void submit(boolean assign) {
        FieldViolations.clear(fields);
        RoleAssignmentService.Request request = new RoleAssignmentService.Request(
                role.getValue() == null ? null : role.getValue().code(), from.getValue(), to.getValue(),
                share.getValue());
        try {
            RoleAssignmentService.Outcome outcome = assign ? service.assign(personnelNumber, request)
                    : service.propose(personnelNumber, request);
            success(assign ? "roles.assigned" : "roles.proposed", outcome.overloads());
            role.clear();
            from.clear();
            to.clear();
            share.clear();
            refresh();
        } catch (RoleAssignmentValidationException ex) {
            FieldViolations.show(fields, ex.violations(), getLocale());
        }
    }

    /** Stored; with the share warning when the roles now add up to more than 100 % (stored all the same). */
    private void success(String key, List<Overload> overloads) {
        if (overloads.isEmpty()) {
            ErrorNotifications.success(getTranslation(key));
        } else {
            Overload first = overloads.get(0);
            ErrorNotifications.error(getTranslation(key) + " " + getTranslation("roles.shareWarning",
                    DateFormats.day(first.from(), getLocale()), first.totalPercent()));
        }
    }

    private Dialog endDialog(Line l) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roles.endTitle", l.roleName()));
        DatePicker lastDay = DatePickers.create(getTranslation("roles.lastDay"), getLocale());
        lastDay.setId("role-end-day");
        lastDay.setManualValidation(true);
        LocalDate today = LocalDate.now();
        lastDay.setValue(today.isBefore(l.from()) ? l.from() : today);
        Button confirm = new Button(getTranslation("roles.end"), e -> {
            try {
                service.end(l.id(), lastDay.getValue());
                dialog.close();
                ErrorNotifications.success(getTranslation("roles.ended"));
                refresh();
            } catch (RoleAssignmentValidationException ex) {
                FieldViolations.show(Map.of(RoleAssignmentRules.TO, lastDay), ex.violations(), getLocale());
            }
        });
        confirm.setId("role-end-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(lastDay);
        dialog.getFooter().add(new Button(getTranslation("roles.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }

    /** A decision on a proposal: refused input (an overlap that arose since) is said, the list is shown anew. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (RoleAssignmentValidationException ex) {
            ErrorNotifications.error(ex.violations().get(0).message(getLocale()));
        }
        refresh();
    }
}

package nl.gesprekscyclus.vlootschouw.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import nl.gesprekscyclus.base.ui.ConfirmDialogs;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.vlootschouw.PlacementValidationException;
import nl.gesprekscyclus.vlootschouw.VlootschouwMoments;
import nl.gesprekscyclus.vlootschouw.VlootschouwMoments.Moment;

/**
 * The vlootschouw moment of the chosen year on the Vlootschouw screen: for everyone whether it runs (then managers
 * place their employees of that year in any phase); for HR also opening it, changing its days and ending it early,
 * the last with a confirmation.
 */
class MomentSection extends Section {

    private final VlootschouwMoments moments;
    private final boolean hr;
    private final LocalDate today;
    private final Runnable changed;
    final Paragraph status = new Paragraph();
    final DatePicker opensOn;
    final DatePicker closesOn;
    final Button open = new Button();
    final Button end = new Button();
    ConfirmDialog endConfirm;
    private int year;

    MomentSection(VlootschouwMoments moments, boolean hr, LocalDate today, Runnable changed) {
        this.moments = moments;
        this.hr = hr;
        this.today = today;
        this.changed = changed;
        setId("vlootschouw-moment");
        status.setId("vlootschouw-moment-status");
        add(new H2(getTranslation("vlootschouw.moment.heading")));
        opensOn = DatePickers.create(getTranslation("vlootschouw.moment.opensOn"), getLocale());
        closesOn = DatePickers.create(getTranslation("vlootschouw.moment.closesOn"), getLocale());
        opensOn.setId("vlootschouw-moment-opens");
        closesOn.setId("vlootschouw-moment-closes");
        open.setId("vlootschouw-moment-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> open());
        end.setId("vlootschouw-moment-end");
        end.setText(getTranslation("vlootschouw.moment.end"));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> confirmEnd());
        if (hr) {
            Div form = new Div(opensOn, closesOn, open, end);
            form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                    .set("gap", "var(--lumo-space-m)");
            add(new Paragraph(getTranslation("vlootschouw.moment.hrIntro")), status, form);
        } else {
            add(status);
        }
    }

    /** Shows the moment of this year (and, for HR, its days in the form). */
    void show(int year) {
        this.year = year;
        Optional<Moment> moment = moments.moment(year);
        status.setText(moment.map(this::describe).orElseGet(() -> getTranslation("vlootschouw.moment.none", year)));
        if (!hr) {
            return;
        }
        FieldViolations.clear(fields());
        opensOn.setValue(moment.filter(m -> m.running() || m.coming()).map(Moment::opensOn).orElse(today));
        closesOn.setValue(moment.filter(m -> m.running() || m.coming()).map(Moment::closesOn).orElse(null));
        boolean current = moment.filter(m -> m.running() || m.coming()).isPresent();
        open.setText(getTranslation(current ? "vlootschouw.moment.change" : "vlootschouw.moment.open", year));
        end.setVisible(moment.filter(Moment::running).isPresent());
    }

    private String describe(Moment m) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        String from = date.format(m.opensOn());
        String to = date.format(m.closesOn());
        String key = m.running() ? "running" : m.coming() ? "coming" : m.ended() ? "ended" : "past";
        return getTranslation("vlootschouw.moment.status." + key, m.year(), from, to);
    }

    private void open() {
        FieldViolations.clear(fields());
        try {
            Moment m = moments.open(year, opensOn.getValue(), closesOn.getValue());
            ErrorNotifications.success(getTranslation("vlootschouw.moment.opened", m.year()));
            changed.run();
        } catch (PlacementValidationException ex) {
            FieldViolations.show(fields(), ex.violations(), getLocale());
        }
    }

    private void confirmEnd() {
        endConfirm = new ConfirmDialog(getTranslation("vlootschouw.moment.end.title", year),
                getTranslation("vlootschouw.moment.end.text"), getTranslation("vlootschouw.moment.end"), e -> {
                    try {
                        moments.end(year);
                        ErrorNotifications.success(getTranslation("vlootschouw.moment.ended", year));
                    } catch (PlacementValidationException ex) {
                        FieldViolations.show(fields(), ex.violations(), getLocale());
                    }
                    changed.run();
                });
        endConfirm.setCancelable(true);
        endConfirm.setCancelText(getTranslation("common.cancel"));
        ConfirmDialogs.modal(endConfirm).open();
    }

    private Map<String, HasValidation> fields() {
        // "year" (no round) and "moment" (no longer running) have no field: they show as a notification
        return Map.of("opensOn", opensOn, "closesOn", closesOn);
    }
}

package nl.gesprekscyclus.vlootschouw.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.vlootschouw.PlacementValidationException;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import nl.gesprekscyclus.vlootschouw.VlootschouwService.ToPlace;

/** Places one employee: prestatie, potentieel and a short reason. Broken rules show next to their field. */
class PlacementDialog extends Dialog {

    final Select<VlootschouwGrid.Step> performance = new Select<>();
    final Select<VlootschouwGrid.Step> potential = new Select<>();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    PlacementDialog(VlootschouwService service, VlootschouwGrid grid, ToPlace person, Runnable saved) {
        setHeaderTitle(getTranslation("vlootschouw.toPlace.placeFor", person.name()));
        performance.setLabel(getTranslation("vlootschouw.dialog.performance"));
        performance.setItems(grid.performance());
        performance.setItemLabelGenerator(VlootschouwGrid.Step::label);
        grid.performanceStep(person.performance() == null ? "" : person.performance()).ifPresent(performance::setValue);
        potential.setLabel(getTranslation("vlootschouw.dialog.potential"));
        potential.setItems(grid.potential());
        potential.setItemLabelGenerator(VlootschouwGrid.Step::label);
        grid.potentialStep(person.potential() == null ? "" : person.potential()).ifPresent(potential::setValue);
        reason.setLabel(getTranslation("vlootschouw.dialog.reason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setValue(person.reason() == null ? "" : person.reason());
        add(performance, potential, reason);
        save.setText(getTranslation("vlootschouw.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("performance", performance, "potential", potential,
                    "reason", reason);
            FieldViolations.clear(fields);
            try {
                service.place(person.reviewId(), code(performance.getValue()), code(potential.getValue()),
                        reason.getValue());
                ErrorNotifications.success(getTranslation("vlootschouw.saved"));
                close();
                saved.run();
            } catch (PlacementValidationException ex) {
                FieldViolations.show(fields, ex.violations(), getLocale());
            }
        });
        Button cancel = new Button(getTranslation("vlootschouw.dialog.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private static String code(VlootschouwGrid.Step step) {
        return step == null ? null : step.code();
    }
}

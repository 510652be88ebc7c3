package nl.gesprekscyclus.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.organisation.ClusterSummary;
import nl.gesprekscyclus.organisation.ConcurrentChangeException;
import nl.gesprekscyclus.organisation.EmployeeValidationException;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.Violation;
import nl.gesprekscyclus.security.Roles;

/** "Clusters": the organisation's clusters and groups, with their indicative size. */
@Route(value = "beheer/clusters", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ClustersView extends Main implements HasDynamicTitle {

    private final OrganisationService service;
    final Grid<ClusterSummary> grid = new Grid<>(ClusterSummary.class, false);

    public ClustersView(OrganisationService service) {
        this.service = service;
        addClassName("page");
        add(new H1(getPageTitle()));
        Button add = new Button(getTranslation("clusters.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add);
        grid.addColumn(ClusterSummary::name).setHeader(getTranslation("cluster.name")).setFlexGrow(2);
        grid.addColumn(ClusterSummary::code).setHeader(getTranslation("cluster.code"));
        grid.addColumn(c -> c.approximateFte() == null ? "" : c.approximateFte().toPlainString())
                .setHeader(getTranslation("cluster.approximateFte"));
        grid.addColumn(ClusterSummary::activeMembers).setHeader(getTranslation("cluster.activeMembers"));
        grid.setAriaLabel(getPageTitle());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.clusters());
    }

    void edit(ClusterSummary cluster) {
        Dialog dialog = new Dialog(cluster == null ? getTranslation("clusters.new")
                : getTranslation("clusters.edit", cluster.name()));
        TextField code = new TextField(getTranslation("cluster.code"));
        code.setMaxLength(OrganisationService.MAX_CLUSTER_CODE);
        code.setHelperText(getTranslation("cluster.codeHelp"));
        code.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("cluster.name"));
        name.setMaxLength(OrganisationService.MAX_CLUSTER_NAME);
        name.setRequiredIndicatorVisible(true);
        BigDecimalField fte = new BigDecimalField(getTranslation("cluster.approximateFte"));
        TextArea description = new TextArea(getTranslation("cluster.description"));
        description.setMaxLength(OrganisationService.MAX_CLUSTER_DESCRIPTION);
        if (cluster != null) {
            code.setValue(cluster.code());
            name.setValue(cluster.name());
            fte.setValue(cluster.approximateFte());
            description.setValue(cluster.description() == null ? "" : cluster.description());
        }
        FormLayout form = new FormLayout(code, name, fte, description);
        form.setColspan(description, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "approximateFte", fte,
                "description", description);
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                service.saveCluster(cluster == null ? null : cluster.id(), cluster == null ? null : cluster.version(),
                        code.getValue(), name.getValue(), fte.getValue(), description.getValue());
                dialog.close();
                refresh();
                ErrorNotifications.success(getTranslation("clusters.saved", name.getValue()));
            } catch (EmployeeValidationException ex) {
                for (Violation v : ex.violations()) {
                    HasValidation f = fields.get(v.field());
                    if (f != null) {
                        f.setErrorMessage(v.message(getLocale()));
                        f.setInvalid(true);
                    }
                }
            } catch (ConcurrentChangeException ex) {
                ErrorNotifications.error(getTranslation("common.concurrentChange"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusters.title");
    }
}

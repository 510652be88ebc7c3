package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.review.InputWorkList;
import nl.gesprekscyclus.review.InputWorkList.Line;
import nl.gesprekscyclus.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Inbreng": for a coordinator, every colleague they coordinate; those whose review asks for their input now come
 * first with the input asked, its due date ("te laat" in words) and a button to the review screen, where the input
 * form sits next to the profile and the agreements. Colleagues without a request are shown greyed and say so.
 */
@Route(value = "inbreng", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class InputView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InputView.class);
    /** Part name of a colleague's row without an open request (greyed in the theme). */
    static final String IDLE_PART = "input-idle";

    private final TasksFormat format;

    final Paragraph summary = new Paragraph();
    final Grid<Line> grid = new Grid<>();
    /** Shown instead of the grid when the person coordinates nobody (or the list could not be read). */
    final Paragraph empty = new Paragraph();

    public InputView(InputWorkList inputs, Clock clock) {
        this.format = new TasksFormat(this, getLocale(), clock.getZone());
        addClassName("page");
        add(new H1(getPageTitle()));
        summary.setId("input-summary");
        empty.setId("input-empty");
        empty.addClassName("tasks-empty");

        Optional<List<Line>> lines = load(inputs);
        if (lines.isEmpty() || lines.get().isEmpty()) {
            empty.setText(getTranslation(lines.isEmpty() ? "input.error" : "input.empty"));
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("input.intro")));
        long open = lines.get().stream().filter(Line::open).count();
        long late = lines.get().stream().filter(Line::overdue).count();
        summary.setText(open == 0 ? getTranslation("input.none")
                : getTranslation("input.summary", open) + (late == 0 ? "" : " " + getTranslation("tasks.summaryOverdue", late)));
        add(summary);
        configureGrid(lines.get());
        add(grid);
    }

    private Optional<List<Line>> load(InputWorkList inputs) {
        try {
            return Optional.of(inputs.colleagues());
        } catch (RuntimeException ex) {
            log.error("Input requests: reading the list failed", ex);
            ErrorNotifications.error(getTranslation("input.error"));
            return Optional.empty();
        }
    }

    private void configureGrid(List<Line> lines) {
        grid.setId("input-grid");
        grid.setAriaLabel(getTranslation("input.gridLabel"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(line -> line.open() ? null : IDLE_PART);
        grid.addColumn(line -> getTranslation("tasks.person", line.employeeName(), line.personnelNumber()))
                .setKey("colleague").setHeader(getTranslation("input.column.colleague")).setFlexGrow(2);
        grid.addColumn(Line::jobTitle).setKey("jobTitle").setHeader(getTranslation("input.column.jobTitle"))
                .setFlexGrow(2);
        grid.addColumn(this::input).setKey("input").setHeader(getTranslation("input.column.input")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::due)).setKey("due").setHeader(getTranslation("tasks.column.due"))
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::action)).setKey("action")
                .setHeader(getTranslation("input.column.action")).setFlexGrow(1);
        grid.setItems(lines);
    }

    /** Which input, and for which year; "geen open verzoek" in words, not only by the grey. */
    String input(Line line) {
        return line.open() ? getTranslation("input.request", format.task(line.task()), String.valueOf(line.year()))
                : getTranslation("input.noRequest");
    }

    private Component due(Line line) {
        return line.open() ? format.due(line.due(), line.overdue()) : new Span();
    }

    private Component action(Line line) {
        if (!line.open()) {
            return new Span();
        }
        Button open = new Button(getTranslation("input.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(TasksFormat.reviewLocation(line.reviewId()))));
        open.setId("input-open-" + line.reviewId());
        open.addClassName("input-open");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setAriaLabel(getTranslation("input.openLabel", input(line), line.employeeName()));
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("input.title");
    }
}

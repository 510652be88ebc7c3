package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * "Wat u nu kunt doen": the viewer's open steps of this review, each in its own panel with its buttons (see
 * {@link TaskPanels}), in the order of the year. Rules about the whole set of agreements (weights, at least one
 * agreement) and refusals of a step without a form of its own are shown at the top of this section.
 */
class TodoSection extends Section implements ReviewFeedback {

    final Div errors = new Div();
    private final List<TaskPanel> panels = new ArrayList<>();

    TodoSection(TaskPanels taskPanels, ReviewDossier dossier, Locale locale) {
        addClassName("review-todo");
        setId("review-todo");
        add(new H2(getTranslation("review.todo")));
        errors.addClassName("review-errors");
        errors.setId("review-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        add(errors);

        List<ReviewTask> tasks = dossier.myOpenTasks().stream().sorted(Comparator.comparingInt(Enum::ordinal)).toList();
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(dossier.review().getPhase().isFinished()
                    ? "review.todo.finished" : "review.todo.none"));
            none.addClassName("review-todo-none");
            add(none);
            addClassName("review-todo-empty");
            return;
        }
        for (ReviewTask task : tasks) {
            TaskPanel panel = taskPanels.panel(task, dossier, locale);
            panels.add(panel);
            add(panel);
        }
    }

    /** The panel of that kind among the open tasks, or null when no such task is open. */
    <T extends TaskPanel> T panel(Class<T> type) {
        return panels.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** Whether an open task's form shows each competency with its ratings (see {@link TaskPanel#showsCompetencies}). */
    boolean showsCompetencies() {
        return panels.stream().anyMatch(TaskPanel::showsCompetencies);
    }

    /** Rules about the whole set (weights add up to 100, at least one agreement): at the top of the section. */
    @Override
    public void violations(List<Violation> violations) {
        show(violations.stream().map(v -> v.message(getLocale())).toList());
    }

    @Override
    public void error(String message) {
        show(List.of(message));
    }

    private void show(List<String> messages) {
        errors.removeAll();
        messages.forEach(m -> errors.add(new Paragraph(m)));
        errors.setVisible(!messages.isEmpty());
        // a screen reader hears the alert; keyboard users land on it
        errors.getElement().setAttribute("tabindex", "-1");
        errors.getElement().callJsFunction("focus");
    }
}

package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * "What the user just did may have finished or created tasks": fired on the UI by a screen after a step, so what
 * shows tasks outside that screen (the bell's count) reads them again without waiting for the next navigation.
 */
public class TasksChanged extends ComponentEvent<UI> {

    public TasksChanged(UI ui) {
        super(ui, false);
    }

    /** Tells the current UI, if there is one. */
    public static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new TasksChanged(ui));
        }
    }

    public static Registration listen(UI ui, Runnable action) {
        return ComponentUtil.addListener(ui, TasksChanged.class, e -> action.run());
    }
}

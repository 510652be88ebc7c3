package nl.gesprekscyclus.monitoring.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.gesprekscyclus.monitoring.MonitoringService.FeedbackCount;

/**
 * "Feedback per eenheid": how many feedback requests the reviews of each unit have, and how many asked colleagues
 * are overdue. Numbers only: HR sees that feedback is asked, not who gave it or what it says.
 */
class FeedbackCountsPanel extends Section {

    final NativeTable table = new NativeTable();

    FeedbackCountsPanel(List<FeedbackCount> counts) {
        setId("monitoring-feedback");
        addClassName("monitoring-checkins");
        H2 heading = new H2(getTranslation("monitoring.feedback.heading"));
        heading.setId("monitoring-feedback-heading");
        getElement().setAttribute("aria-labelledby", "monitoring-feedback-heading");
        add(heading);
        if (counts.isEmpty()) {
            add(new Paragraph(getTranslation("monitoring.feedback.none")));
            return;
        }
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("monitoring.feedback.unit"));
        head.addHeaderCell().setText(getTranslation("monitoring.feedback.count"));
        head.addHeaderCell().setText(getTranslation("monitoring.feedback.overdue"));
        for (FeedbackCount c : counts) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(c.unitName());
            row.addDataCell().setText(String.valueOf(c.requests()));
            row.addDataCell().setText(String.valueOf(c.overdueAskees()));
        }
        add(table);
    }
}

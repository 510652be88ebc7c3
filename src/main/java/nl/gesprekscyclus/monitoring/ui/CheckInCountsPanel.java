package nl.gesprekscyclus.monitoring.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.gesprekscyclus.monitoring.MonitoringService.CheckInCount;

/**
 * "Gesprekken per eenheid": how many check-ins the reviews of each unit have, and how many of their actions are
 * overdue. Numbers only: HR sees that people talk, not what they said.
 */
class CheckInCountsPanel extends Section {

    final NativeTable table = new NativeTable();

    CheckInCountsPanel(List<CheckInCount> counts) {
        setId("monitoring-checkins");
        addClassName("monitoring-checkins");
        H2 heading = new H2(getTranslation("monitoring.checkins.heading"));
        heading.setId("monitoring-checkins-heading");
        getElement().setAttribute("aria-labelledby", "monitoring-checkins-heading");
        add(heading);
        if (counts.isEmpty()) {
            add(new Paragraph(getTranslation("monitoring.checkins.none")));
            return;
        }
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("monitoring.checkins.unit"));
        head.addHeaderCell().setText(getTranslation("monitoring.checkins.count"));
        head.addHeaderCell().setText(getTranslation("monitoring.checkins.overdue"));
        for (CheckInCount c : counts) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(c.unitName());
            row.addDataCell().setText(String.valueOf(c.checkIns()));
            row.addDataCell().setText(String.valueOf(c.overdueActions()));
        }
        add(table);
    }
}

package nl.gesprekscyclus.functionbook.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.WorkRole;

/** A role of the catalogue: its purpose, its tasks (grouped in result areas where the role has them) and its
 * competencies with the expected level and that level's indicators, as a normfunctie's are shown. */
public class WorkRolePanel extends Div {

    public WorkRolePanel(FunctionBook book, WorkRole role) {
        addClassName("work-role");
        getElement().setAttribute("data-role", role.code());
        Paragraph purpose = new Paragraph(role.purpose());
        purpose.addClassName("role-purpose");
        add(purpose);
        if (!role.tasks().isEmpty()) {
            add(new H4(getTranslation("roles.tasks")), ProfileSections.bullets(role.tasks()));
        }
        for (JobProfile.ResultArea area : role.resultAreas()) {
            add(new H4(area.name()), ProfileSections.bullets(area.tasks()));
        }
        Div competencies = new Div();
        competencies.addClassName("competencies");
        role.competencies().forEach(c -> competencies.add(ProfileSections.expectedCompetency(this, book, c)));
        add(new H4(getTranslation("roles.competencies")), competencies);
        if (role.note() != null && !role.note().isBlank()) {
            add(ProfileSections.note(this, role.note()));
        }
    }
}

package nl.gesprekscyclus.functionbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.JobProfile;

import static nl.gesprekscyclus.functionbook.ui.ProfileSections.bullets;
import static nl.gesprekscyclus.functionbook.ui.ProfileSections.section;
import static nl.gesprekscyclus.functionbook.ui.ProfileSections.titled;

/**
 * A normfunctie in full: functiereeks and functiegroep, overwegende kenmerken, resultaatgebieden with
 * their generic tasks, the function competencies with expected level and indicators, critical work
 * situations, vakkennis and education. Used on "Mijn profiel" and in the function book.
 */
public class JobProfilePanel extends Div {

    public JobProfilePanel(FunctionBook book, JobProfile profile) {
        addClassName("job-profile");
        getElement().setAttribute("data-profile", profile.code());

        add(section("classification", getTranslation("profile.classification"), classification(profile)));
        if (!profile.characteristics().isEmpty()) {
            add(section("characteristics", getTranslation("profile.characteristics"), bullets(profile.characteristics())));
        }
        Div areas = new Div();
        areas.addClassName("result-areas");
        for (JobProfile.ResultArea area : profile.resultAreas()) {
            Div a = new Div();
            a.addClassName("result-area");
            a.getElement().setAttribute("data-result-area", area.code());
            a.add(new H4(area.name()), bullets(area.tasks()));
            areas.add(a);
        }
        add(section("result-areas", getTranslation("profile.resultAreas"), areas));

        Div competencies = new Div();
        competencies.addClassName("competencies");
        profile.competencies().forEach(e -> competencies.add(ProfileSections.expectedCompetency(this, book, e)));
        add(section("competencies", getTranslation("profile.competencies"), competencies));

        if (!profile.criticalWorkSituations().isEmpty()) {
            add(section("critical-work-situations", getTranslation("profile.criticalWorkSituations"),
                    titled(profile.criticalWorkSituations())));
        }
        if (!profile.knowledge().isEmpty() || !profile.skills().isEmpty()) {
            Section knowledge = section("professional-knowledge", getTranslation("profile.professionalKnowledge"));
            if (!profile.knowledge().isEmpty()) {
                knowledge.add(new H4(getTranslation("profile.knowledge")), titled(profile.knowledge()));
            }
            if (!profile.skills().isEmpty()) {
                knowledge.add(new H4(getTranslation("profile.skills")), titled(profile.skills()));
            }
            add(knowledge);
        }
        if (profile.education() != null && !profile.education().isBlank()) {
            add(section("education", getTranslation("profile.education"), new Paragraph(profile.education())));
        }
        if (profile.note() != null && !profile.note().isBlank()) {
            add(ProfileSections.note(this, profile.note()));
        }
    }

    private Component classification(JobProfile profile) {
        Div d = new Div();
        d.addClassName("classification");
        d.add(term(getTranslation("profile.functionFamily"), profile.functionFamily()));
        d.add(term(getTranslation("profile.functionGroup"), profile.functionGroup()));
        return d;
    }

    private Component term(String label, JobProfile.Classification c) {
        Div d = new Div();
        d.addClassName("term");
        H4 h = new H4(label + ": " + c.name());
        d.add(h);
        if (c.description() != null && !c.description().isBlank()) {
            d.add(new Paragraph(c.description()));
        }
        return d;
    }
}

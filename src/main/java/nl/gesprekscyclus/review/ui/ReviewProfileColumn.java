package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.ui.TextList;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.review.ProfilePeriod;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewRole;

/**
 * The left column: the normfunctie the review runs on (after a change of function during the year, a line first
 * names the old one until the day of the change and the new one from it). Its resultaatgebieden with their generic
 * tasks (each a toggle that marks its agreements on the right). Below it the roles the employee filled in the
 * review's period (issue 18). The competencies of both have their own section under both columns
 * ({@link ReviewCompetenciesSection}), where their ratings can stand beside them.
 */
class ReviewProfileColumn extends Section {

    ReviewProfileColumn(ReviewDossier dossier, ReviewHighlighter highlighter) {
        addClassName("review-column");
        addClassName("review-profile");
        setId("review-profile");
        JobProfile profile = dossier.jobProfile();
        H2 heading = new H2(profile == null ? getTranslation("review.profile")
                : getTranslation("review.profile.named", profile.name()));
        add(heading);
        if (dossier.profileHistory().size() > 1) {
            Paragraph functions = new Paragraph(getTranslation("review.profile.history", stretches(dossier)));
            functions.setId("review-profile-history");
            functions.addClassName("review-notice");
            add(functions);
        }
        if (profile == null) {
            add(new Paragraph(getTranslation("review.profile.none")));
        } else {
            add(areas(profile, highlighter));
        }
        if (!dossier.roles().isEmpty()) {
            add(roles(dossier));
        }
    }

    private Section areas(JobProfile profile, ReviewHighlighter highlighter) {
        Section areas = new Section();
        areas.addClassName("review-areas");
        areas.setId("review-result-areas");
        areas.add(new H3(getTranslation("review.profile.resultAreas")));
        Paragraph hint = new Paragraph(getTranslation("review.profile.resultAreasHint"));
        hint.addClassName("review-hint");
        areas.add(hint);
        for (JobProfile.ResultArea area : profile.resultAreas()) {
            Div card = new Div();
            card.addClassName("review-area");
            card.getElement().setAttribute("data-result-area", area.code());
            H4 name = new H4(highlighter.toggle(area.code(), area.name(),
                    getTranslation("review.profile.showAgreements", area.name())));
            card.add(name, bullets(area.tasks()));
            highlighter.member(area.code(), card);
            areas.add(card);
        }
        return areas;
    }

    /**
     * Below the normfunctie: each role the employee filled in the review's period, with the stretch they filled it
     * when that is not the whole period (a role assigned or ended during the year), its purpose, tasks and the
     * competencies it adds with the level it expects (docs/roles.md, "In the review").
     */
    private Section roles(ReviewDossier dossier) {
        Section section = new Section();
        section.addClassName("review-roles");
        section.setId("review-profile-roles");
        section.add(new H3(getTranslation("review.roles")));
        Paragraph hint = new Paragraph(getTranslation("review.roles.hint"));
        hint.addClassName("review-hint");
        section.add(hint);
        Map<String, Competency> dictionary = dossier.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Function.identity(), (a, b) -> a));
        LocalDate start = dossier.review().dates().periodStart();
        LocalDate end = dossier.review().dates().periodEnd();
        for (ReviewRole role : dossier.roles()) {
            Div card = new Div();
            card.addClassName("review-role");
            card.setId("review-profile-role-" + role.code());
            card.getElement().setAttribute("data-role", role.code());
            card.add(new H4(getTranslation("review.role.named", role.name())));
            Paragraph period = new Paragraph(role.stretches().stream().map(st -> stretch(st, start, end))
                    .collect(Collectors.joining("; ")));
            period.addClassName("review-role-period");
            period.setId("review-profile-role-" + role.code() + "-period");
            card.add(period);
            WorkRole described = role.role();
            if (described == null) {
                card.add(new Paragraph(getTranslation("review.role.notInCatalogue")));
                section.add(card);
                continue;
            }
            Paragraph purpose = new Paragraph(described.purpose());
            purpose.addClassName("review-role-purpose");
            card.add(purpose);
            if (!described.tasks().isEmpty()) {
                card.add(new Paragraph(getTranslation("review.role.tasks")), bullets(described.tasks()));
            }
            for (JobProfile.ResultArea area : described.resultAreas()) {
                card.add(new Paragraph(area.name()), bullets(area.tasks()));
            }
            UnorderedList competencies = new UnorderedList();
            competencies.addClassName("review-role-competencies");
            for (ExpectedCompetency c : described.competencies()) {
                Competency competency = dictionary.get(c.competency());
                ListItem item = new ListItem(getTranslation("review.role.competency",
                        competency == null ? c.competency() : competency.name(),
                        levelName(dossier.scale(), competency, c.level())));
                item.getElement().setAttribute("data-competency", c.competency());
                competencies.add(item);
            }
            card.add(new Paragraph(getTranslation("review.role.competencies")), competencies);
            section.add(card);
        }
        return section;
    }

    /** "De hele periode", "Vanaf 1 maart 2053", "Van 1 maart 2053 tot en met 30 juni 2053", with the share. */
    private String stretch(ReviewRole.Stretch s, LocalDate start, LocalDate end) {
        String from = ReviewFormat.date(s.from(), getLocale());
        String to = ReviewFormat.date(s.to(), getLocale());
        boolean fromStart = !s.from().isAfter(start);
        boolean toEnd = s.to() == null || !s.to().isBefore(end);
        String when = fromStart && toEnd ? getTranslation("review.role.period.whole")
                : fromStart ? getTranslation("review.role.period.until", to)
                : toEnd ? getTranslation("review.role.period.from", from)
                : getTranslation("review.role.period.between", from, to);
        return s.sharePercent() == null ? when : when + " (" + getTranslation("review.role.share", s.sharePercent())
                + ")";
    }

    /** "Adviseur II tot 1 juli 2027, Beleidsmedewerker vanaf 1 juli 2027": each function of the year with its dates. */
    private String stretches(ReviewDossier dossier) {
        List<ProfilePeriod> periods = dossier.profileHistory();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ProfilePeriod p = periods.get(i);
            String name = p.jobProfile() == null ? p.jobTitleName() : p.jobProfile().name();
            String from = ReviewFormat.date(p.from(), getLocale());
            String until = ReviewFormat.date(p.until(), getLocale());
            parts.add(i == 0 ? getTranslation("review.profile.history.until", name, until)
                    : p.until() == null ? getTranslation("review.profile.history.from", name, from)
                    : getTranslation("review.profile.history.between", name, from, until));
        }
        return String.join(", ", parts);
    }

    /** "Niveau B (organiseren)": the book's name of the level with the competency's label for it. */
    static String levelName(LevelScale scale, Competency competency, String levelCode) {
        String name = scale == null ? levelCode : scale.level(levelCode).map(LevelScale.Level::name).orElse(levelCode);
        return competency == null ? name
                : competency.level(levelCode).map(d -> name + " (" + d.label() + ")").orElse(name);
    }

    private static Html bullets(Collection<String> items) {
        return TextList.of(items, null);
    }
}

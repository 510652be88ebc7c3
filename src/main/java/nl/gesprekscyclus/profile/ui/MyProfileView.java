package nl.gesprekscyclus.profile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.CoordinationModule;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.ui.JobProfilePanel;
import nl.gesprekscyclus.functionbook.ui.ProfileSections;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.profile.EmployeeProfile;
import nl.gesprekscyclus.profile.ProfileService;
import nl.gesprekscyclus.review.ReviewSearch;
import nl.gesprekscyclus.review.ui.ReviewSearchView;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.workrole.RoleAssignmentService;
import nl.gesprekscyclus.workrole.ui.RoleAssignmentsSection;

/**
 * "Mijn profiel": the generic profile of the logged-in employee (or, for their manager, coordinator or the
 * functioneel beheerder, of the employee in the address), with their roles over the years. The services decide
 * who may see whose. Someone else's profile links to that person's reviews in "Gesprekken zoeken" when the viewer may find them there.
 */
@Route(value = "profiel/:personnelNumber?", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PermitAll
public class MyProfileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;
    private final ReviewSearch reviewSearch;
    private final AuthenticationContext authentication;
    private final RoleAssignmentService roleAssignments;
    private boolean own = true;

    public MyProfileView(ProfileService profiles, ReviewSearch reviewSearch, AuthenticationContext authentication,
            RoleAssignmentService roleAssignments) {
        this.profiles = profiles;
        this.reviewSearch = reviewSearch;
        this.authentication = authentication;
        this.roleAssignments = roleAssignments;
        addClassName("page");
        addClassName("profile-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> number = event.getRouteParameters().get("personnelNumber");
        own = number.isEmpty();
        Optional<EmployeeProfile> profile = own ? profiles.myProfile() : Optional.of(profiles.profileOf(number.get()));
        add(new H1(getPageTitle()));
        if (profile.isEmpty()) {
            add(new Paragraph(getTranslation("profile.noEmployee")));
            return;
        }
        show(profile.get());
    }

    private void show(EmployeeProfile p) {
        EmployeeSummary e = p.employee();
        FunctionBook book = p.book().book();
        Div header = new Div();
        header.addClassName("profile-header");
        header.add(new H2(e.fullName()));
        header.add(fact("profile.jobTitle", p.jobTitle() == null ? e.jobTitleCode() : p.jobTitle().name(), "job-title"));
        if (p.jobTitle() != null) {
            header.add(fact("profile.scale", p.jobTitle().scale(), "scale"));
        }
        if (p.jobProfile() != null) {
            header.add(fact("profile.jobProfile", p.jobProfile().name(), "job-profile"));
            header.add(fact("profile.functionFamily", p.jobProfile().functionFamily().name(), "function-family"));
            header.add(fact("profile.functionGroup", p.jobProfile().functionGroup().name(), "function-group"));
        }
        header.add(fact("profile.unit", e.unitName(), "unit"));
        if (e.managerName() != null) {
            header.add(fact("profile.manager", e.managerName(), "manager"));
        }
        if (e.coordinatorName() != null) {
            header.add(fact("profile.coordinator", e.coordinatorName(), "coordinator"));
        }
        header.add(fact("profile.startDate",
                DateFormats.day(e.startDate(), getLocale()),
                "start-date"));
        add(header);
        Anchor reviewsLink = own ? null : reviewsLink(e);
        if (reviewsLink != null) {
            add(new Paragraph(reviewsLink));
        }

        if (p.jobProfile() == null) {
            add(new Paragraph(getTranslation("profile.noJobProfile", e.jobTitleCode())));
        } else {
            add(new JobProfilePanel(book, p.jobProfile()));
        }
        if (!p.organisationWideCompetencies().isEmpty()) {
            Div list = new Div();
            list.addClassName("competencies");
            for (Competency c : p.organisationWideCompetencies()) {
                Div card = new Div();
                card.addClassName("competency");
                card.getElement().setAttribute("data-competency", c.code());
                card.add(new H4(c.name()));
                if (c.definition() != null && !c.definition().isBlank()) {
                    card.add(new Paragraph(c.definition()));
                }
                list.add(card);
            }
            var section = ProfileSections.section("organisation-wide", getTranslation("profile.organisationWide"),
                    new Paragraph(getTranslation("profile.organisationWideIntro")), list);
            if (p.organisationWideNote() != null) {
                section.add(ProfileSections.note(this, p.organisationWideNote()));
            }
            add(section);
        }
        CoordinationModule module = p.coordinationModule();
        if (module != null) {
            Div competencies = new Div();
            competencies.addClassName("competencies");
            module.competencies().forEach(x -> competencies.add(ProfileSections.expectedCompetency(this, book, x)));
            var section = ProfileSections.section("coordination-module",
                    getTranslation("profile.coordinationModule", module.name()));
            if (module.description() != null) {
                section.add(new Paragraph(module.description()));
            }
            section.add(new H4(getTranslation("profile.moduleTasks")), ProfileSections.bullets(module.tasks()),
                    new H4(getTranslation("profile.moduleCompetencies")), competencies);
            add(section);
        }
        add(new RoleAssignmentsSection(roleAssignments, e.personnelNumber()));
        Paragraph source = new Paragraph(getTranslation("profile.bookVersion", book.name(), p.book().versionNumber()));
        source.addClassName("book-version");
        add(source);
    }

    /**
     * "Gesprekken van ..." for a manager or HR who finds at least one review of this person; the search itself
     * decides which (only those roles may ask it, so others do not ask and are not refused).
     */
    private Anchor reviewsLink(EmployeeSummary e) {
        if (!authentication.hasAnyRole(Roles.MANAGER, Roles.HR) || !reviewSearch.findsReviewsOf(e.personnelNumber())) {
            return null;
        }
        String query = QueryParameters.simple(java.util.Map.of(ReviewSearchView.PERSON_PARAMETER, e.personnelNumber()))
                .getQueryString();
        Anchor link = new Anchor(ReviewSearchView.ROUTE + "?" + query, getTranslation("profile.reviews", e.fullName()));
        link.setId("profile-reviews");
        return link;
    }

    private Div fact(String labelKey, String value, String id) {
        Div d = new Div();
        d.addClassName("fact");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span v = new Span(value == null ? "" : value);
        v.addClassName("fact-value");
        v.setId(id);
        d.add(label, v);
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(own ? "profile.title" : "profile.titleOther");
    }
}

package nl.gesprekscyclus.functionbook.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBookService;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.LoadedFunctionBook;
import nl.gesprekscyclus.functionbook.WorkRole;

/**
 * "Functieboek": every normfunctie, the competency dictionary and the role catalogue, searched with one field. Open
 * to everyone logged in.
 */
@Route(value = "functieboek/:profile?", layout = MainLayout.class)
@PermitAll
public class FunctionBookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FunctionBookService service;
    private final FunctionBook book;
    private final TextField search = new TextField();
    private final Grid<JobProfile> profiles = new Grid<>(JobProfile.class, false);
    private final Div profileDetail = new Div();
    private final Div dictionary = new Div();
    private final Paragraph profileCount = new Paragraph();
    private final Paragraph competencyCount = new Paragraph();
    private final Div roleList = new Div();
    private final Paragraph roleCount = new Paragraph();
    private final int roleTotal;

    public FunctionBookView(FunctionBookService service) {
        this.service = service;
        LoadedFunctionBook loaded = service.currentBook();
        this.book = loaded.book();
        this.roleTotal = service.roles().size();
        addClassName("page");
        addClassName("function-book-page");

        add(new H1(getPageTitle()));
        Paragraph subtitle = new Paragraph(getTranslation("functionBook.subtitle", book.name(), loaded.versionNumber(),
                book.jobProfiles().size(), book.competencies().size()));
        subtitle.addClassName("subtitle");
        add(subtitle);

        search.setLabel(getTranslation("functionBook.search"));
        search.setPlaceholder(getTranslation("functionBook.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setWidthFull();
        search.addValueChangeListener(e -> refresh());
        add(search);

        profiles.addColumn(JobProfile::name).setHeader(getTranslation("functionBook.column.profile")).setFlexGrow(2)
                .setSortable(true);
        profiles.addColumn(p -> p.functionFamily().name()).setHeader(getTranslation("profile.functionFamily"))
                .setSortable(true);
        profiles.addColumn(p -> p.functionGroup().name()).setHeader(getTranslation("profile.functionGroup"))
                .setSortable(true);
        profiles.addColumn(this::jobTitles).setHeader(getTranslation("functionBook.column.jobTitles")).setFlexGrow(2);
        profiles.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        profiles.setAllRowsVisible(true);
        profiles.setAriaLabel(getTranslation("functionBook.profiles"));
        profiles.asSingleSelect().addValueChangeListener(e -> showProfile(e.getValue()));
        profileDetail.addClassName("profile-detail");

        Div profilesTab = new Div(profileCount, profiles, profileDetail);
        profilesTab.addClassName("profiles-tab");
        dictionary.addClassName("dictionary");
        Div dictionaryTab = new Div(competencyCount, dictionary);

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("functionBook.profiles"), profilesTab);
        tabs.add(getTranslation("functionBook.dictionary"), dictionaryTab);
        if (roleTotal > 0) {
            roleList.addClassName("role-catalogue");
            tabs.add(getTranslation("functionBook.roles"), new Div(roleCount, roleList));
        }
        tabs.setWidthFull();
        add(tabs);
        refresh();
    }

    private String jobTitles(JobProfile p) {
        return book.jobTitles().stream().filter(t -> t.jobProfile().equals(p.code()))
                .map(t -> t.name() + " (" + getTranslation("functionBook.scale", t.scale()) + ")")
                .collect(Collectors.joining(", "));
    }

    private void refresh() {
        String q = search.getValue();
        List<JobProfile> matching = service.searchProfiles(q);
        profiles.setItems(matching);
        profileCount.setText(getTranslation("functionBook.profileCount", matching.size(), book.jobProfiles().size()));
        List<Competency> competencies = service.searchCompetencies(q);
        competencyCount.setText(getTranslation("functionBook.competencyCount", competencies.size(),
                book.competencies().size()));
        dictionary.removeAll();
        boolean open = q != null && !q.isBlank();
        for (Competency c : competencies) {
            Details details = new Details(c.name(), ProfileSections.dictionaryEntry(this, book, c));
            details.setOpened(open);
            dictionary.add(details);
        }
        List<WorkRole> roles = service.searchRoles(q);
        roleCount.setText(getTranslation("functionBook.roleCount", roles.size(), roleTotal));
        roleList.removeAll();
        for (WorkRole r : roles) {
            Details details = new Details(r.name(), new WorkRolePanel(book, r));
            details.setOpened(open);
            roleList.add(details);
        }
        if (profiles.asSingleSelect().getValue() != null && !matching.contains(profiles.asSingleSelect().getValue())) {
            profiles.asSingleSelect().clear();
        }
    }

    private void showProfile(JobProfile profile) {
        profileDetail.removeAll();
        if (profile != null) {
            profileDetail.add(new H2(profile.name()), new JobProfilePanel(book, profile));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("profile").flatMap(book::jobProfile)
                .ifPresent(p -> profiles.asSingleSelect().setValue(p));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("functionBook.title");
    }
}

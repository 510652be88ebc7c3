package nl.gesprekscyclus.calibration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.ui.ConfirmDialogs;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.calibration.CalibrationService;
import nl.gesprekscyclus.calibration.CalibrationService.Distribution;
import nl.gesprekscyclus.calibration.CalibrationService.Move;
import nl.gesprekscyclus.calibration.CalibrationService.Person;
import nl.gesprekscyclus.calibration.CalibrationService.Session;
import nl.gesprekscyclus.calibration.CalibrationService.SessionDetail;
import nl.gesprekscyclus.calibration.Proposal;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Kalibratie" (issue 20, item 2): HR's and the invited managers' calibration sessions. Without {@code ?sessie=} the
 * list of sessions (HR opens a new one); with it one session: the distribution of overall judgements and grid cells
 * per unit and in total against last year, the people with "Verplaatsen" and "Oordeel voorstellen" while it is open,
 * the proposals and moves, and for HR "Sessie sluiten". What the viewer sees is what {@link CalibrationService} gives.
 */
@Route(value = CalibrationView.ROUTE, layout = nl.gesprekscyclus.base.ui.MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.HR})
public class CalibrationView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "kalibratie";
    static final String SESSION = "sessie";

    private final CalibrationService service;
    private final VlootschouwService vlootschouw;
    private final CycleSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean hr;
    final Div content = new Div();
    final Grid<Session> sessions = new Grid<>();
    final Grid<Person> people = new Grid<>();
    final Grid<Distribution> distribution = new Grid<>();
    final Grid<Proposal> proposals = new Grid<>();
    final Grid<Move> moves = new Grid<>();
    /** Made afresh on each showing, so a listener is never added twice. */
    Button newSession;
    Button closeSession;
    /** The last dialogs opened, for the tests. */
    SessionDialog sessionDialog;
    ChangeDialog changeDialog;
    ConfirmDialog closeConfirm;
    private Long sessionId;

    public CalibrationView(CalibrationService service, VlootschouwService vlootschouw, CycleSettings settings,
            CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.vlootschouw = vlootschouw;
        this.settings = settings;
        this.clock = clock;
        this.zone = clock.getZone();
        this.hr = currentUser.require().hasRole(Roles.HR);
        addClassName("page");
        content.setId("calibration-content");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("calibration.intro")), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calibration.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getLocation().getQueryParameters().getSingleParameter(SESSION).flatMap(CalibrationView::id)
                .orElse(null);
        refresh();
    }

    void refresh() {
        content.removeAll();
        if (sessionId == null) {
            showSessions();
            return;
        }
        try {
            showSession(service.session(sessionId));
        } catch (AccessDeniedException refused) {
            // refused and audited by the service; an unknown id reads the same
            content.add(new Paragraph(getTranslation("calibration.unknown")), back());
        }
    }

    private void showSessions() {
        List<Session> list = service.sessions();
        Section section = new Section(new H2(getTranslation("calibration.sessions.heading")));
        if (hr) {
            newSession = new Button(getTranslation("calibration.new"));
            newSession.setId("calibration-new");
            newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newSession.addClickListener(e -> {
                sessionDialog = new SessionDialog(service, vlootschouw.units(), LocalDate.now(clock),
                        id -> UI.getCurrent().navigate(ROUTE, QueryParameters.of(SESSION, String.valueOf(id))));
                sessionDialog.open();
            });
            section.add(newSession);
        }
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("calibration.sessions.none")));
        }
        sessions.setId("calibration-sessions");
        sessions.setAllRowsVisible(true);
        if (sessions.getColumns().isEmpty()) {
            sessions.addComponentColumn(s -> new Anchor(ROUTE + "?" + SESSION + "=" + s.id(), s.name()))
                    .setHeader(getTranslation("calibration.column.name"));
            sessions.addColumn(Session::year).setHeader(getTranslation("calibration.column.year"));
            sessions.addColumn(s -> date(s.date())).setHeader(getTranslation("calibration.column.date"));
            sessions.addColumn(s -> getTranslation("calibration.status." + s.status()))
                    .setHeader(getTranslation("calibration.column.status"));
            sessions.addColumn(s -> String.join(", ", s.units())).setHeader(getTranslation("calibration.column.units"));
            sessions.addColumn(s -> String.join(", ", s.managers()))
                    .setHeader(getTranslation("calibration.column.managers"));
        }
        sessions.setItems(list);
        section.add(sessions);
        content.add(section);
    }

    private void showSession(SessionDetail detail) {
        Session s = detail.session();
        // in the order of the scale, lowest first, for the select and the counts
        Map<String, String> judgements = settings.overallJudgements().stream().collect(Collectors.toMap(
                CycleSettings.Judgement::code, j -> j.label(getLocale()), (a, b) -> a, LinkedHashMap::new));
        Optional<VlootschouwGrid> grid = vlootschouw.grid();
        content.add(back(), new H2(s.name()), new Paragraph(getTranslation("calibration.session.facts", year(s.year()),
                date(s.date()), getTranslation("calibration.status." + s.status()), String.join(", ", s.units()),
                String.join(", ", s.managers()))));
        if (hr && s.open()) {
            closeSession = new Button(getTranslation("calibration.close"));
            closeSession.setId("calibration-close");
            closeSession.addThemeVariants(ButtonVariant.LUMO_ERROR);
            closeSession.addClickListener(e -> confirmClose(s));
            content.add(closeSession);
        }

        distribution.setId("calibration-distribution");
        distribution.setAllRowsVisible(true);
        // unit names and the lists of counts are long: they wrap rather than end in "…"
        distribution.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        distribution.removeAllColumns();
        distribution.addColumn(d -> d.unit() == null ? getTranslation("calibration.distribution.total") : d.unit())
                .setHeader(getTranslation("calibration.column.unit"));
        distribution.addColumn(d -> counts(scaleOrder(d.judgements(), judgements), c -> judgementName(judgements, c)))
                .setHeader(getTranslation("calibration.column.judgements", year(s.year()))).setKey("judgements");
        distribution.addColumn(d -> counts(scaleOrder(d.judgementsLastYear(), judgements), c -> judgementName(judgements, c)))
                .setHeader(getTranslation("calibration.column.judgements", year(s.year() - 1))).setKey("judgementsLastYear");
        distribution.addColumn(d -> counts(d.cells(), c -> cellName(grid, c)))
                .setHeader(getTranslation("calibration.column.cells", year(s.year()))).setKey("cells");
        distribution.addColumn(d -> counts(d.cellsLastYear(), c -> cellName(grid, c)))
                .setHeader(getTranslation("calibration.column.cells", year(s.year() - 1))).setKey("cellsLastYear");
        distribution.setItems(detail.distribution());
        content.add(new Section(new H2(getTranslation("calibration.distribution.heading")), distribution));

        people.setId("calibration-people");
        people.setAllRowsVisible(true);
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.removeAllColumns();
        people.addColumn(Person::name).setHeader(getTranslation("calibration.column.person"));
        people.addColumn(Person::unit).setHeader(getTranslation("calibration.column.unit"));
        people.addColumn(p -> p.judgement() == null ? getTranslation("calibration.noJudgement")
                : judgements.getOrDefault(p.judgement(), p.judgement()))
                .setHeader(getTranslation("calibration.column.judgement"));
        people.addColumn(p -> cellName(grid, p.performance() == null ? CalibrationService.NONE
                : p.performance() + "|" + p.potential())).setHeader(getTranslation("calibration.column.cell"));
        if (s.open()) {
            people.addComponentColumn(p -> actions(s, p, grid, judgements)).setKey("actions").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        people.setItems(detail.people());
        content.add(new Section(new H2(getTranslation("calibration.people.heading")), people));

        proposals.setId("calibration-proposals");
        proposals.setAllRowsVisible(true);
        proposals.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        proposals.removeAllColumns();
        Map<Long, String> names = detail.people().stream()
                .collect(Collectors.toMap(Person::reviewId, Person::name, (a, b) -> a));
        proposals.addColumn(p -> names.getOrDefault(p.reviewId(), "")).setHeader(getTranslation("calibration.column.person"));
        proposals.addColumn(p -> getTranslation("calibration.change", p.oldJudgement() == null
                ? getTranslation("calibration.noJudgement") : judgements.getOrDefault(p.oldJudgement(), p.oldJudgement()),
                judgements.getOrDefault(p.proposedJudgement(), p.proposedJudgement())))
                .setHeader(getTranslation("calibration.column.change"));
        proposals.addColumn(Proposal::reason).setHeader(getTranslation("calibration.column.reason"));
        proposals.addColumn(p -> p.proposedBy() + ", " + moment(p.proposedAt()))
                .setHeader(getTranslation("calibration.column.by"));
        proposals.addColumn(p -> getTranslation("calibration.proposal." + p.status())
                + (p.decisionReason() == null ? "" : ": " + p.decisionReason()))
                .setHeader(getTranslation("calibration.column.decision"));
        proposals.setItems(detail.proposals());
        moves.setId("calibration-moves");
        moves.setAllRowsVisible(true);
        moves.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        moves.removeAllColumns();
        moves.addColumn(m -> names.getOrDefault(m.reviewId(), "")).setHeader(getTranslation("calibration.column.person"));
        moves.addColumn(m -> getTranslation("calibration.change", cellName(grid, m.oldPerformance() == null
                ? CalibrationService.NONE : m.oldPerformance() + "|" + m.oldPotential()),
                cellName(grid, m.performance() + "|" + m.potential())))
                .setHeader(getTranslation("calibration.column.change"));
        moves.addColumn(Move::reason).setHeader(getTranslation("calibration.column.reason"));
        moves.addColumn(m -> m.movedBy() + ", " + moment(m.movedAt())).setHeader(getTranslation("calibration.column.by"));
        moves.setItems(detail.moves());
        content.add(new Section(new H2(getTranslation("calibration.history.heading")),
                new H2(getTranslation("calibration.proposals.heading")), proposals,
                new H2(getTranslation("calibration.moves.heading")), moves));
    }

    private Div actions(Session s, Person p, Optional<VlootschouwGrid> grid, Map<String, String> judgements) {
        Div buttons = new Div();
        if (grid.isPresent()) {
            Button move = new Button(getTranslation("calibration.move"), e -> {
                Map<String, Map<String, String>> selects = new LinkedHashMap<>();
                selects.put("performance", grid.get().performance().stream().collect(Collectors.toMap(
                        VlootschouwGrid.Step::code, VlootschouwGrid.Step::label, (a, b) -> a, LinkedHashMap::new)));
                selects.put("potential", grid.get().potential().stream().collect(Collectors.toMap(
                        VlootschouwGrid.Step::code, VlootschouwGrid.Step::label, (a, b) -> a, LinkedHashMap::new)));
                changeDialog = new ChangeDialog(getTranslation("calibration.moveFor", p.name()), selects,
                        (codes, reason) -> service.move(s.id(), p.reviewId(), codes.get(0), codes.get(1), reason),
                        this::refresh);
                changeDialog.open();
            });
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            move.setAriaLabel(getTranslation("calibration.moveFor", p.name()));
            move.setId("calibration-move-" + p.reviewId());
            buttons.add(move);
        }
        Button propose = new Button(getTranslation("calibration.propose"), e -> {
            changeDialog = new ChangeDialog(getTranslation("calibration.proposeFor", p.name()),
                    Map.of("judgement", judgements),
                    (codes, reason) -> service.propose(s.id(), p.reviewId(), codes.get(0), reason), this::refresh);
            changeDialog.open();
        });
        propose.addThemeVariants(ButtonVariant.LUMO_SMALL);
        propose.setAriaLabel(getTranslation("calibration.proposeFor", p.name()));
        propose.setId("calibration-propose-" + p.reviewId());
        buttons.add(propose);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        return buttons;
    }

    private void confirmClose(Session s) {
        closeConfirm = new ConfirmDialog(getTranslation("calibration.close.title"),
                getTranslation("calibration.close.text"), getTranslation("calibration.close"), e -> {
                    service.close(s.id());
                    ErrorNotifications.success(getTranslation("calibration.closed"));
                    refresh();
                });
        closeConfirm.setCancelable(true);
        closeConfirm.setCancelText(getTranslation("common.cancel"));
        ConfirmDialogs.modal(closeConfirm).open();
    }

    private Anchor back() {
        return new Anchor(ROUTE, getTranslation("calibration.back"));
    }

    private String counts(Map<String, Long> counts, java.util.function.Function<String, String> label) {
        if (counts.isEmpty()) {
            return "–";
        }
        return counts.entrySet().stream().map(e -> label.apply(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private String cellName(Optional<VlootschouwGrid> grid, String cell) {
        if (CalibrationService.NONE.equals(cell)) {
            return getTranslation("calibration.notPlaced");
        }
        String[] steps = cell.split("\\|", 2);
        String potential = steps.length > 1 ? steps[1] : "";
        // the steps by their labels, as the grid and the placement dialog name them ("groei op termijn", not the code)
        return grid.flatMap(g -> g.cell(steps[0], potential).map(c -> c.name() + " ("
                + g.performanceLabel(steps[0]) + ", " + g.potentialLabel(potential) + ")")).orElse(cell);
    }

    /** The counts in the order of the scale, lowest first, and "nog geen" last (not alphabetically: goed, matig, ...). */
    private static Map<String, Long> scaleOrder(Map<String, Long> counts, Map<String, String> judgements) {
        List<String> order = new java.util.ArrayList<>(judgements.keySet());
        order.add(CalibrationService.NONE);
        Map<String, Long> sorted = new LinkedHashMap<>();
        order.stream().filter(counts::containsKey).forEach(code -> sorted.put(code, counts.get(code)));
        counts.forEach(sorted::putIfAbsent);
        return sorted;
    }

    /** "nog geen" for the reviews without a judgement yet, else the scale's label. */
    private String judgementName(Map<String, String> judgements, String code) {
        return CalibrationService.NONE.equals(code) ? getTranslation("calibration.noJudgement")
                : judgements.getOrDefault(code, code);
    }

    /** A year as a year: MessageFormat would print 2026 as "2.026". */
    private static String year(int year) {
        return String.valueOf(year);
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    private String moment(java.time.Instant at) {
        return at.atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()));
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

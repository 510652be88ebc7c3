package nl.gesprekscyclus.round.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.ui.ConfirmDialogs;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.monitoring.MonitoringScope;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.monitoring.ProgressFigures;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.review.ReviewValidationException;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundOverview;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.round.SelectedPeople;
import nl.gesprekscyclus.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Jaarronde": P&O chooses a year and either sees that year's round (calendar, selection, how many reviews
 * have been started and in which phase they are; closes it) or starts it with its calendar and selection.
 * The start itself runs in the background: while it runs, the screen polls and shows the new counts by itself
 * (the refresh button stays for later changes). Reviews per open phase are counted as Voortgang counts them.
 */
@Route(value = "jaarronde", layout = MainLayout.class)
@RolesAllowed(Roles.HR)
public class RoundView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RoundView.class);
    private static final String NO_ROUND = "NONE";
    /** How often the browser asks for new counts while reviews are being started. */
    static final int POLL_MILLIS = 3000;

    private final RoundService rounds;
    private final MonitoringService monitoring;
    private Registration polling;
    private final List<UnitSummary> units;
    private final Map<String, String> unitNames;
    private final ZoneId zone;
    private final int thisYear;
    private final Map<Integer, String> statusByYear = new TreeMap<>();
    private boolean fillingYears;

    final Select<Integer> year = new Select<>();
    final Div content = new Div();
    /** The shown round, or null when the selected year has none. */
    RoundOverviewPanel overview;
    /** The start form, or null when the selected year has a round. */
    RoundStartForm form;

    public RoundView(RoundService rounds, MonitoringService monitoring, Clock clock) {
        this.rounds = rounds;
        this.monitoring = monitoring;
        this.units = rounds.units();
        this.unitNames = units.stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::name, (a, b) -> a));
        this.zone = clock.getZone();
        this.thisYear = LocalDate.now(clock).getYear();
        addClassName("page");
        addClassName("round-page");
        add(new H1(getPageTitle()));
        add(new Paragraph(getTranslation("roundView.intro")));

        year.setLabel(getTranslation("roundView.year"));
        year.setWidth("18rem"); // room for "2027 (nog niet gestart)"
        year.setHelperText(getTranslation("roundView.yearHelp", thisYear - 1, thisYear + 1));
        year.setManualValidation(true);
        year.setItemLabelGenerator(y -> getTranslation("roundView.yearOption." + statusByYear.getOrDefault(y, NO_ROUND),
                y));
        year.addValueChangeListener(e -> {
            if (!fillingYears && e.getValue() != null) {
                show(e.getValue());
            }
        });
        content.addClassName("round-content");
        add(year, content);

        fillYears(rounds.round(thisYear + 1).isPresent() ? thisYear : thisYear + 1);
        show(year.getValue());
    }

    /** The years to choose from: every year with a round, and those a round may be started for (this year ± 1). */
    private void fillYears(int selected) {
        statusByYear.clear();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(rounds.years());
        years.add(thisYear - 1);
        years.add(thisYear);
        years.add(thisYear + 1);
        for (int y : years) {
            rounds.round(y).ifPresent(r -> statusByYear.put(y, r.getStatus()));
        }
        fillingYears = true;
        try {
            year.setItems(new ArrayList<>(years));
            year.setValue(selected);
        } finally {
            fillingYears = false;
        }
    }

    /** Shows the round of a year, or the form to start it. */
    void show(int y) {
        content.removeAll();
        overview = null;
        form = null;
        year.setInvalid(false);
        Optional<RoundOverview> round = rounds.overview(y);
        if (round.isPresent()) {
            overview = new RoundOverviewPanel(round.get(), figures(round.get()), unitNames, zone,
                    rounds.startResumesAfterRestartWithin());
            overview.refresh.addClickListener(e -> refresh());
            overview.close.addClickListener(e -> confirmClose());
            content.add(overview);
        } else if (y >= thisYear - 1 && y <= thisYear + 1) {
            form = new RoundStartForm(y, rounds.defaultCalendar(y), units);
            form.start.addClickListener(e -> confirmStart());
            content.add(form);
        } else {
            content.add(new Paragraph(getTranslation("roundView.noRound", y)));
        }
        followTheStart(round.filter(RoundOverview::starting).isPresent());
    }

    private ProgressFigures figures(RoundOverview round) {
        return monitoring.figures(new MonitoringScope(round.id(), null, null));
    }

    /** Reads the counts again: the reviews are started in the background and keep growing for a while. */
    void refresh() {
        if (overview == null) {
            followTheStart(false);
            return;
        }
        int y = overview.year();
        Optional<RoundOverview> round = guarded(() -> rounds.overview(y)).flatMap(o -> o);
        round.ifPresent(r -> overview.update(r, figures(r)));
        followTheStart(round.filter(RoundOverview::starting).isPresent());
    }

    /** Polls while the reviews are being started, and not a moment longer. */
    private void followTheStart(boolean starting) {
        UI ui = UI.getCurrent();
        if (starting && polling == null && ui != null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> refresh());
        } else if (!starting && polling != null) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    private void confirmStart() {
        year.setInvalid(false);
        if (!form.checkInput()) {
            return;
        }
        RoundStartForm f = form;
        SelectedPeople people = null;
        if (f.who.getValue() == RoundStartForm.Who.PERSONS) {
            // by name, before the confirmation: a number that names nobody in service would start nothing
            people = guarded(() -> rounds.lookUp(f.personnelNumbers())).orElse(null);
            if (people == null || !f.showPeople(people)) {
                return;
            }
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("roundView.confirmTitle", f.year()),
                getTranslation("roundView.confirmText", f.year(), f.whoText(people), f.date(f.planningStart.getValue()),
                        f.date(f.planningEnd.getValue())),
                getTranslation("roundView.start"), e -> start(f));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        ConfirmDialogs.modal(confirm).open();
    }

    /** Starts the round after confirmation; broken rules are shown next to their field. */
    void start(RoundStartForm f) {
        int y = f.year();
        try {
            rounds.startRound(f.calendar(), f.selection());
        } catch (ReviewValidationException ex) {
            showViolations(f, ex.violations());
            return;
        } catch (AccessDeniedException ex) {
            ErrorNotifications.error(getTranslation("roundView.error.noAccess"));
            return;
        } catch (RuntimeException ex) {
            log.error("Starting the round of {} failed", y, ex);
            ErrorNotifications.error(getTranslation("roundView.error.unexpected"));
            return;
        }
        ErrorNotifications.success(getTranslation("roundView.started", y));
        fillYears(y);
        show(y);
        if (overview != null) {
            overview.focusHeading();
        }
    }

    private void showViolations(RoundStartForm f, List<Violation> violations) {
        if (violations.stream().anyMatch(v -> "round.year.exists".equals(v.messageKey()))) {
            // someone else started it in the meantime: show what they started
            ErrorNotifications.error(getTranslation("round.year.exists", f.year()));
            fillYears(f.year());
            show(f.year());
            return;
        }
        List<Violation> rest = new ArrayList<>();
        for (Violation v : violations) {
            if ("year".equals(v.field())) {
                year.setErrorMessage(v.message(getLocale()));
                year.setInvalid(true);
            } else {
                rest.add(v);
            }
        }
        List<Violation> unplaced = f.show(rest);
        if (!unplaced.isEmpty()) {
            ErrorNotifications.error(unplaced.stream().map(v -> v.message(getLocale())).collect(Collectors.joining(" ")));
        }
        if (year.isInvalid()) {
            year.focus();
        } else {
            f.focusFirstInvalid();
        }
    }

    private void confirmClose() {
        int y = overview.year();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("roundView.closeTitle", y),
                getTranslation("roundView.closeText", y), getTranslation("roundView.close"), e -> close(y));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        ConfirmDialogs.modal(confirm).open();
    }

    /** Closes the round after confirmation. */
    void close(int y) {
        boolean closed = guarded(() -> {
            rounds.closeRound(y);
            return true;
        }).orElse(false);
        if (closed) {
            ErrorNotifications.success(getTranslation("roundView.closed", y));
        }
        fillYears(y);
        show(y);
        if (overview != null) {
            overview.refresh.focus();
        }
    }

    /** Runs a service call; a refusal or failure becomes a message, never a stack trace on the screen. */
    private <T> Optional<T> guarded(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ReviewValidationException ex) {
            ErrorNotifications.error(ex.violations().stream().map(v -> v.message(getLocale()))
                    .collect(Collectors.joining(" ")));
        } catch (AccessDeniedException ex) {
            ErrorNotifications.error(getTranslation("roundView.error.noAccess"));
        } catch (RuntimeException ex) {
            log.error("Round screen: service call failed", ex);
            ErrorNotifications.error(getTranslation("roundView.error.unexpected"));
        }
        return Optional.empty();
    }

    static boolean isOpen(String status) {
        return Round.OPEN.equals(status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roundView.title");
    }
}

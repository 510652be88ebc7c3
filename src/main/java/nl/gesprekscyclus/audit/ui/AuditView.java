package nl.gesprekscyclus.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.gesprekscyclus.audit.AuditChainCheck;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.ChainReport;
import nl.gesprekscyclus.auditsearch.AuditExport;
import nl.gesprekscyclus.auditsearch.AuditQuery;
import nl.gesprekscyclus.auditsearch.AuditSearch;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.security.PersonNames;
import nl.gesprekscyclus.security.Roles;

/**
 * "Audit": the audit trail for the functioneel beheerder and P&O. Filter by period, by who acted, by whose file
 * (personnel number) or which review, and by kind, chosen in words; the grid pages in the database, newest first,
 * and reads in words too: who by name, what the entry is about ("Gesprekscyclus 2026"), not usernames and ids. The filtered
 * result can be taken out as CSV or Excel; that export is itself recorded. A line above the filter says whether the
 * seal chain was whole at the last check (tamper evidence, {@link AuditChainCheck}); the functioneel beheerder can
 * run the check now.
 */
@Route(value = "beheer/audit", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.HR})
public class AuditView extends Main implements HasDynamicTitle {

    private final AuditSearch search;
    private final OrganisationDirectory directory;
    private final AuditEntryFormat format;
    private final Map<Long, String> subjectNames = new HashMap<>();

    final DatePicker from;
    final DatePicker to;
    final TextField actor = new TextField();
    final TextField subject = new TextField();
    final IntegerField review = new IntegerField();
    final ComboBox<String> kind = new ComboBox<>();
    final Button apply = new Button();
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor csv;
    final Anchor excel;
    final Paragraph integrity = new Paragraph();
    /** Only for ADMIN: seals what is waiting and checks the whole chain. */
    final Button checkNow = new Button();
    private final AuditChainCheck chainCheck;
    private final ZoneId zone;
    /** The filter in force: what the grid and the exports show. */
    AuditQuery query = AuditQuery.everything();

    public AuditView(AuditSearch search, AuditExport export, OrganisationDirectory directory, Clock clock,
            AuditChainCheck chainCheck, AuthenticationContext authentication, PersonNames names,
            ReviewRecords reviews) {
        this.search = search;
        this.directory = directory;
        this.chainCheck = chainCheck;
        this.zone = clock.getZone();
        this.format = new AuditEntryFormat(this, getLocale(), zone, names, reviews, directory, true);
        addClassName("page");
        addClassName("audit-page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("audit.intro")));

        integrity.addClassName("audit-integrity");
        checkNow.setText(getTranslation("audit.chain.checkNow"));
        checkNow.setIcon(VaadinIcon.SHIELD.create());
        checkNow.addClickListener(e -> showIntegrity(Optional.of(chainCheck.sealAndCheckNow())));
        checkNow.setVisible(authentication.hasRole(Roles.ADMIN));
        HorizontalLayout integrityLine = new HorizontalLayout(integrity, checkNow);
        integrityLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(integrityLine);
        showIntegrity(chainCheck.lastReport());

        from = DatePickers.create(getTranslation("audit.filter.from"), getLocale());
        to = DatePickers.create(getTranslation("audit.filter.to"), getLocale());
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setHelperText(getTranslation("audit.filter.actorHelp"));
        subject.setLabel(getTranslation("audit.filter.subject"));
        subject.setHelperText(getTranslation("audit.filter.subjectHelp"));
        review.setLabel(getTranslation("audit.filter.review"));
        review.setMin(1);
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setHelperText(getTranslation("audit.filter.kindHelp"));
        kind.setPlaceholder(getTranslation("audit.filter.kindAll"));
        kind.setItems(AuditKinds.CODES);
        kind.setItemLabelGenerator(format::kind);
        kind.setClearButtonVisible(true);
        // a kind the list does not name (a refusal's action) can still be typed as its code
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(e -> kind.setValue(e.getDetail().strip()));
        kind.setWidth("22rem");
        apply.setText(getTranslation("audit.filter.apply"));
        apply.setIcon(VaadinIcon.SEARCH.create());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyFilter());
        apply.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout filters = new HorizontalLayout(from, to, actor, subject, review, kind, apply);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("audit-filters");

        AuditExport.Labels labels = column -> getTranslation("audit.column." + column);
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.csv(query, labels, zone, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "audit.csv", "text/csv",
                    out.size());
        }), getTranslation("audit.export.csv"));
        excel = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.excel(query, labels, zone, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "audit.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
        }), getTranslation("audit.export.excel"));
        csv.getElement().setAttribute("download", true);
        excel.getElement().setAttribute("download", true);
        Div exports = new Div(csv, excel);
        exports.addClassName("audit-exports");
        exports.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");

        grid.addColumn(e -> format.moment(e.occurredAt())).setKey("occurredAt")
                .setHeader(getTranslation("audit.column.occurredAt")).setAutoWidth(true);
        grid.addColumn(format::actor).setKey("actor").setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(format::kind).setKey("action").setHeader(getTranslation("audit.column.action"))
                .setFlexGrow(2);
        grid.addColumn(format::record).setKey("record")
                .setHeader(getTranslation("audit.column.record")).setFlexGrow(2);
        grid.addColumn(e -> subjectName(e.subjectEmployeeId())).setKey("subject")
                .setHeader(getTranslation("audit.column.subject")).setFlexGrow(2);
        grid.addColumn(format::outcome).setKey("outcome").setHeader(getTranslation("audit.column.outcome"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setKey("remoteAddress")
                .setHeader(getTranslation("audit.column.remoteAddress")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setKey("detail")
                .setHeader(getTranslation("audit.column.detail")).setFlexGrow(3);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("audit.none"));
        grid.getElement().setAttribute("aria-label", getTranslation("audit.gridLabel"));
        add(filters, exports, grid);
        refresh();
    }

    /** Checks the fields, shows what is wrong next to them, and shows the entries that match. */
    void applyFilter() {
        boolean valid = true;
        subject.setInvalid(false);
        to.setInvalid(false);
        Long subjectId = null;
        if (!subject.getValue().isBlank()) {
            Optional<EmployeeSummary> employee = directory.employeeByPersonnelNumber(subject.getValue().strip());
            if (employee.isEmpty()) {
                subject.setErrorMessage(getTranslation("audit.filter.subjectUnknown"));
                subject.setInvalid(true);
                valid = false;
            } else {
                subjectId = employee.get().id();
            }
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            to.setErrorMessage(getTranslation("audit.filter.toBeforeFrom"));
            to.setInvalid(true);
            valid = false;
        }
        if (review.isInvalid()) {
            valid = false;
        }
        if (!valid) {
            return;
        }
        query = new AuditQuery(start == null ? null : start.atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant(), blankToNull(actor.getValue()),
                subjectId, review.getValue() == null ? null : review.getValue().longValue(),
                kind.getValue() == null ? null : blankToNull(kind.getValue()));
        refresh();
    }

    private void refresh() {
        AuditQuery current = query;
        grid.setItems(q -> search.page(current, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, search.count(current)));
    }

    private void showIntegrity(Optional<ChainReport> report) {
        if (report.isEmpty()) {
            integrity.setText(getTranslation("audit.chain.notChecked"));
            integrity.getStyle().remove("color");
            return;
        }
        ChainReport r = report.get();
        String checked = format.moment(r.checkedAt());
        String through = r.intactThrough() == null ? getTranslation("audit.chain.nothingSealed")
                : format.moment(r.intactThrough());
        if (r.intact()) {
            integrity.setText(getTranslation("audit.chain.intact", through, String.valueOf(r.links()), checked));
            integrity.getStyle().remove("color");
        } else {
            ChainReport.Problem first = r.problems().get(0);
            String problem = getTranslation("audit.chain.problem." + first.kind().name(), String.valueOf(first.seq()),
                    String.valueOf(first.entryId()), format.moment(first.at()));
            integrity.setText(getTranslation("audit.chain.broken", String.valueOf(r.problemCount()), problem, through,
                    checked));
            integrity.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    private String subjectName(Long employeeId) {
        if (employeeId == null) {
            return "";
        }
        return subjectNames.computeIfAbsent(employeeId, id -> directory.employee(id)
                .map(e -> e.fullName() + " (" + e.personnelNumber() + ")")
                .orElse(String.valueOf(id)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}

package nl.gesprekscyclus.orreport;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.OrReportSettings;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.security.Roles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly report for the ondernemingsraad ("Rapportage OR", issue 20 item 4; docs/or-report.md): per unit (or
 * added up to a level of the tree) and in total, how many people were in the year's round, how far their reviews
 * came, and the distribution of the final overall judgements; by gender and age band only where
 * {@code config/cycle.yaml} asks for it. Figures about fewer people than the configured minimum are suppressed,
 * also where subtraction would give them away ({@link SmallCellSuppression}).
 *
 * <p>HR only: HR monitors the round and hands the file to the ondernemingsraad, which has no login. The functioneel
 * beheerder reads no review content, and an aggregate of judgements is derived from it. Every download is audited.
 */
@Service
@PreAuthorize("hasRole('" + Roles.HR + "')")
@Transactional(readOnly = true)
public class OrReportService {

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationDirectory directory;
    private final CycleSettings settings;
    private final AuditTrail audit;

    OrReportService(NamedParameterJdbcTemplate jdbc, OrganisationDirectory directory, CycleSettings settings,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.audit = audit;
    }

    /** A level of the organisation tree to add units up to: its depth (0: the top) and the kinds of unit there. */
    public record Level(int depth, String kinds) {
    }

    /** The levels of today's tree, top first. */
    public List<Level> levels() {
        Map<Integer, java.util.Set<String>> kinds = new TreeMap<>();
        Tree tree = tree();
        for (UnitSummary u : tree.units()) {
            kinds.computeIfAbsent(tree.depth(u), d -> new java.util.LinkedHashSet<>()).add(u.kind());
        }
        return kinds.entrySet().stream().map(e -> new Level(e.getKey(), String.join(", ", e.getValue()))).toList();
    }

    /**
     * The report of a year: empty when the year has no round.
     *
     * @param level add every unit below this depth up into its unit at this depth; null: each unit its own people
     */
    public Optional<OrReport> report(int year, Integer level, Locale locale) {
        List<Long> rounds = jdbc.queryForList("select id from review_round where round_year = :year",
                Map.of("year", year), Long.class);
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        OrReportSettings or = settings.orReport();
        List<OrTable.Grouping> groupings = new ArrayList<>();
        groupings.add(units(level, locale));
        if (or.shows(OrReportSettings.GENDER)) {
            groupings.add(genders(locale));
        }
        if (or.shows(OrReportSettings.AGE_BAND)) {
            groupings.add(ageBands(or.ageBands(), LocalDate.of(year, 12, 31), locale));
        }
        List<OrSubject> subjects = subjects(rounds.get(0));
        List<String> codes = settings.overallJudgements().stream().map(CycleSettings.Judgement::code).toList();
        boolean otherJudgements = subjects.stream().anyMatch(s -> s.assessmentFinal()
                && !codes.contains(s.judgement()));
        return Optional.of(OrTable.build(year, level, or.minimumGroupSize(), measures(settings.overallJudgements(),
                otherJudgements, locale), groupings, subjects));
    }

    /** Records that the report left the application as a file (for the ondernemingsraad). */
    public void recordDownload(OrReport report, String format) {
        audit.record("or-report.export", "or report " + report.year(), null, AuditTrail.SUCCESS, format + ", year "
                + report.year() + ", level " + (report.level() == null ? "every unit" : report.level())
                + ", sections " + report.sections().stream().map(OrReport.Section::key).toList()
                + ", minimum group " + report.minimumGroupSize());
    }

    /**
     * What the report counts, in the order of its columns. A new figure is one more measure here (the HR3P
     * placements of issue 20: a distribution over the grid's cells, based on the people with a placement, once
     * {@link OrSubject} carries the placement).
     */
    static List<OrTable.Measure> measures(List<CycleSettings.Judgement> judgements, boolean otherJudgements,
            Locale locale) {
        OrTable.Column inCycle = new OrTable.Column(OrTable.IN_CYCLE, text(locale, "column.inCycle"), true, s -> true);
        OrTable.Column assessed = new OrTable.Column("assessmentFinal", text(locale, "column.assessmentFinal"),
                true, OrSubject::assessmentFinal);
        List<OrTable.Measure> measures = new ArrayList<>();
        measures.add(new OrTable.Measure(List.of(inCycle), List.of()));
        measures.add(completion(new OrTable.Column("planningAgreed", text(locale, "column.planningAgreed"), true,
                OrSubject::planningAgreed)));
        measures.add(completion(new OrTable.Column("progressHeld", text(locale, "column.progressHeld"), true,
                OrSubject::progressHeld)));
        measures.add(completion(assessed));
        measures.add(judgements(judgements, otherJudgements, assessed, locale));
        return measures;
    }

    /** A phase done or not: "not" is not shown, but in the cycle minus done gives it, so it is protected too. */
    private static OrTable.Measure completion(OrTable.Column done) {
        OrTable.Column notDone = new OrTable.Column(done.key() + ".not", "", false, s -> !done.counts().test(s));
        return new OrTable.Measure(List.of(done, notDone), List.of(new OrTable.Sum(OrTable.IN_CYCLE,
                List.of(done.key(), notDone.key()))));
    }

    /**
     * The final judgements on the scale of cycle.yaml, lowest first. A judgement no longer on the scale (the scale
     * changed after it was given) gets a column of its own, shown, only when there is one: a hidden column that is
     * nearly always zero would look like protection to the suppression while a reader simply takes it for zero.
     */
    private static OrTable.Measure judgements(List<CycleSettings.Judgement> judgements, boolean otherJudgements,
            OrTable.Column assessed, Locale locale) {
        List<OrTable.Column> columns = new ArrayList<>();
        List<String> codes = judgements.stream().map(CycleSettings.Judgement::code).toList();
        for (CycleSettings.Judgement j : judgements) {
            columns.add(new OrTable.Column("judgement." + j.code(), j.label(locale), true,
                    s -> s.assessmentFinal() && j.code().equals(s.judgement())));
        }
        if (otherJudgements) {
            columns.add(new OrTable.Column("judgement.other", text(locale, "column.otherJudgement"), true,
                    s -> s.assessmentFinal() && !codes.contains(s.judgement())));
        }
        return new OrTable.Measure(columns, List.of(new OrTable.Sum(assessed.key(),
                columns.stream().map(OrTable.Column::key).toList())));
    }

    /**
     * The year's reviews that did not end early (as Voortgang counts them), each with the employee's current unit.
     * A phase is done when the review finished its work (review_phase_change, as Voortgang's completion over time
     * counts it) or is past it; the assessment is final when the review is closed (signed off). A review of a year
     * without a formal assessment (issue 19) ends with the development conversation: it has no assessment and no
     * judgement, so it never counts as a final assessment.
     */
    private List<OrSubject> subjects(long roundId) {
        return jdbc.query("""
                select e.unit_id, d.gender, d.birth_date, r.phase, r.formal_assessment, a.overall_judgement,
                    (select count(*) from review_phase_change c where c.review_id = r.id and c.kind = 'FINISHED'
                        and c.phase = 'PLANNING') as planning_finished,
                    (select count(*) from review_phase_change c where c.review_id = r.id and c.kind = 'FINISHED'
                        and c.phase = 'PROGRESS') as progress_finished
                from review r join employee e on e.id = r.employee_id
                left join employee_report_data d on d.employee_id = e.id
                left join assessment a on a.review_id = r.id
                where r.round_id = :round and r.phase <> 'ENDED'
                """, Map.of("round", roundId), (rs, i) -> {
            String phase = rs.getString("phase");
            boolean closed = "CLOSED".equals(phase);
            boolean inAssessment = closed || "ASSESSMENT".equals(phase) || "DEVELOPMENT".equals(phase);
            boolean assessed = closed && rs.getBoolean("formal_assessment");
            java.sql.Date born = rs.getDate("birth_date");
            return new OrSubject(rs.getLong("unit_id"), rs.getString("gender"), born == null ? null
                    : born.toLocalDate(), rs.getLong("planning_finished") > 0 || inAssessment
                    || "PROGRESS".equals(phase), rs.getLong("progress_finished") > 0 || inAssessment, assessed,
                    assessed ? rs.getString("overall_judgement") : null);
        });
    }

    private OrTable.Grouping units(Integer level, Locale locale) {
        return units(directory.units(), level, locale);
    }

    /**
     * The units as rows: every unit's own people, and for a unit with sub-units also its whole subtree (the row a
     * report added up to its level shows). All of them go into the suppression, whichever level is displayed.
     *
     * @param units the tree in tree order (a unit before its sub-units)
     */
    static OrTable.Grouping units(List<UnitSummary> units, Integer level, Locale locale) {
        Tree tree = new Tree(units, units.stream().collect(Collectors.toMap(UnitSummary::code, u -> u)));
        Map<String, List<UnitSummary>> children = new HashMap<>();
        for (UnitSummary u : units) {
            if (u.parentCode() != null && tree.byCode().containsKey(u.parentCode())) {
                children.computeIfAbsent(u.parentCode(), c -> new ArrayList<>()).add(u);
            }
        }
        List<String> labels = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        Map<String, Integer> own = new HashMap<>();
        Map<String, Integer> subtree = new HashMap<>();
        for (UnitSummary u : units) {
            own.put(u.code(), labels.size());
            labels.add(u.name());
            depths.add(tree.depth(u));
            if (children.containsKey(u.code())) {
                subtree.put(u.code(), labels.size());
                labels.add(u.name());
                depths.add(tree.depth(u));
            }
        }
        int noUnit = labels.size();
        labels.add(text(locale, "row.noUnit"));
        depths.add(0);
        List<int[]> parts = new ArrayList<>(java.util.Collections.nCopies(labels.size(), null));
        for (UnitSummary u : units) {
            if (subtree.containsKey(u.code())) {
                List<Integer> of = new ArrayList<>(List.of(own.get(u.code())));
                children.get(u.code()).forEach(c -> of.add(subtree.getOrDefault(c.code(), own.get(c.code()))));
                parts.set(subtree.get(u.code()), of.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        List<Integer> top = new ArrayList<>();
        for (UnitSummary u : units) {
            if (tree.parent(u) == null) {
                top.add(subtree.getOrDefault(u.code(), own.get(u.code())));
            }
        }
        top.add(noUnit);
        List<Integer> displayed = new ArrayList<>();
        for (UnitSummary u : units) {
            int depth = tree.depth(u);
            if (level == null || depth < level) {
                displayed.add(own.get(u.code()));
            } else if (depth == level) {
                displayed.add(subtree.getOrDefault(u.code(), own.get(u.code())));
            }
        }
        displayed.add(noUnit);
        Map<Long, Integer> rowOfUnit = new HashMap<>();
        units.forEach(u -> rowOfUnit.put(u.id(), own.get(u.code())));
        return new OrTable.Grouping("units", text(locale, "section.units"), labels, depths,
                s -> rowOfUnit.getOrDefault(s.unitId(), noUnit), parts, top.stream().mapToInt(Integer::intValue)
                        .toArray(), displayed);
    }

    static OrTable.Grouping genders(Locale locale) {
        List<String> codes = List.of("M", "V", "X");
        List<String> labels = new ArrayList<>(codes.stream().map(c -> text(locale, "gender." + c)).toList());
        labels.add(text(locale, "row.unrecorded"));
        return OrTable.Grouping.flat(OrReportSettings.GENDER, text(locale, "section.gender"), labels,
                s -> s.gender() == null || !codes.contains(s.gender()) ? codes.size() : codes.indexOf(s.gender()));
    }

    /** Age on {@code on} (31 December of the year); bands as configured, and a row for "not recorded". */
    static OrTable.Grouping ageBands(List<Integer> starts, LocalDate on, Locale locale) {
        List<String> labels = new ArrayList<>();
        labels.add(text(locale, "age.under", starts.get(0)));
        for (int i = 1; i < starts.size(); i++) {
            labels.add(text(locale, "age.between", starts.get(i - 1), starts.get(i) - 1));
        }
        labels.add(text(locale, "age.from", starts.get(starts.size() - 1)));
        labels.add(text(locale, "row.unrecorded"));
        return OrTable.Grouping.flat(OrReportSettings.AGE_BAND, text(locale, "section.ageBand"), labels, s -> {
            if (s.birthDate() == null) {
                return starts.size() + 1;
            }
            int age = Period.between(s.birthDate(), on).getYears();
            int band = 0;
            while (band < starts.size() && age >= starts.get(band)) {
                band++;
            }
            return band;
        });
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, "orReport." + key, args);
    }

    /** Today's unit tree: units in tree order, each with its depth and parent. */
    private record Tree(List<UnitSummary> units, Map<String, UnitSummary> byCode) {

        int depth(UnitSummary u) {
            int depth = 0;
            for (UnitSummary p = parent(u); p != null && depth <= byCode.size(); p = parent(p)) {
                depth++;
            }
            return depth;
        }

        UnitSummary parent(UnitSummary u) {
            return u.parentCode() == null ? null : byCode.get(u.parentCode());
        }
    }

    private Tree tree() {
        List<UnitSummary> units = directory.units();
        return new Tree(units, units.stream().collect(Collectors.toMap(UnitSummary::code, u -> u)));
    }
}

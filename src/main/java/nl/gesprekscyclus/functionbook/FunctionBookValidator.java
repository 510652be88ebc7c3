package nl.gesprekscyclus.functionbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.gesprekscyclus.functionbook.InvalidFunctionBookException.Problem;

/** Checks a parsed book for everything the format promises (see docs/functionbook-format.md); collects all problems. */
final class FunctionBookValidator {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern LEVEL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,29}");
    private static final int MAX_TEXT = 4000;

    private final FunctionBook book;
    private final List<Problem> problems = new ArrayList<>();

    FunctionBookValidator(FunctionBook book) {
        this.book = book;
    }

    /**
     * The problems found so far. The checks below are shared with {@link WorkRoleValidator}, which checks a role
     * catalogue against this book (codes, texts and expected competencies are written the same way in both).
     */
    List<Problem> problems() {
        return problems;
    }

    List<Problem> validate() {
        code("code", book.code());
        text("name", book.name(), true);
        text("organisation", book.organisation(), true);
        text("source", book.source(), false);
        text("note", book.note(), false);
        levelScale();
        Set<String> competencyCodes = competencies();
        organisationWide(competencyCodes);
        Set<String> profileCodes = jobProfiles();
        coordinationModule();
        jobTitles(profileCodes);
        clusters();
        return problems;
    }

    private void levelScale() {
        LevelScale scale = book.levelScale();
        if (scale == null) {
            problem("levelScale", "is missing: a book needs its competency scale (levels and their order)");
            return;
        }
        text("levelScale.name", scale.name(), true);
        if (scale.levels().size() < 2) {
            problem("levelScale.levels", "needs at least two levels");
        }
        levelOrder(scale);
        unique("levelScale.levels", scale.levels(), LevelScale.Level::code, "level code");
        for (int i = 0; i < scale.levels().size(); i++) {
            LevelScale.Level level = scale.levels().get(i);
            String path = "levelScale.levels[" + i + "]";
            if (notNull(path, level)) {
                if (level.code() == null || !LEVEL_CODE.matcher(level.code()).matches()) {
                    problem(path + ".code", "must be a short code such as A, 3 or senior (got " + quote(level.code()) + ")");
                }
                text(path + ".name", level.name(), true);
            }
        }
    }

    /**
     * Which end of the scale is the highest must be unmistakable: declared, or the HR21 letters A, B, C … in that
     * order (A highest, as the format always said and Ommen's book is written). "1, 2, 3, 4" without an order could
     * be read either way, and reading it wrong turns every rating against the expected level upside down.
     */
    private void levelOrder(LevelScale scale) {
        if (scale.order() != null) {
            if (!LevelScale.HIGHEST_FIRST.equals(scale.order()) && !LevelScale.LOWEST_FIRST.equals(scale.order())) {
                problem("levelScale.order", "must be " + LevelScale.HIGHEST_FIRST + " (the first level listed is the "
                        + "highest) or " + LevelScale.LOWEST_FIRST + " (the last level listed is the highest); got "
                        + quote(scale.order()));
            }
            return;
        }
        if (!hr21Letters(scale.levels())) {
            problem("levelScale.order", "is missing: the levels " + scaleCodes() + " do not show which one is the "
                    + "highest. Add 'order: " + LevelScale.HIGHEST_FIRST + "' (the first level listed is the highest) "
                    + "or 'order: " + LevelScale.LOWEST_FIRST + "' (the last level listed is the highest)");
        }
    }

    /** A, B, C … from A without gaps: the only scale whose order may go unsaid (A is the highest). */
    private static boolean hr21Letters(List<LevelScale.Level> levels) {
        for (int i = 0; i < levels.size(); i++) {
            LevelScale.Level level = levels.get(i);
            if (level == null || !String.valueOf((char) ('A' + i)).equals(level.code())) {
                return false;
            }
        }
        return !levels.isEmpty();
    }

    private Set<String> competencies() {
        if (book.competencies().isEmpty()) {
            problem("competencies", "the competency dictionary is empty");
        }
        Set<String> codes = unique("competencies", book.competencies(), Competency::code, "competency code");
        for (int i = 0; i < book.competencies().size(); i++) {
            Competency c = book.competencies().get(i);
            String path = "competencies[" + i + "]";
            if (!notNull(path, c)) {
                continue;
            }
            code(path + ".code", c.code());
            text(path + ".name", c.name(), true);
            text(path + ".note", c.note(), false);
            text(path + ".definition", c.definition(), false);
            if ((c.definition() == null || c.definition().isBlank()) && (c.note() == null || c.note().isBlank())) {
                problem(path + ".definition", "is empty; give the definition, or a note saying the source lacks it");
            }
            for (Map.Entry<String, Competency.LevelDescription> level : c.levels().entrySet()) {
                String levelPath = path + ".levels." + level.getKey();
                if (!onScale(level.getKey())) {
                    problem(levelPath, "level '" + level.getKey() + "' is not on the book's scale " + scaleCodes());
                }
                if (notNull(levelPath, level.getValue())) {
                    text(levelPath + ".label", level.getValue().label(), true);
                    texts(levelPath + ".indicators", level.getValue().indicators(), true);
                }
            }
        }
        return codes;
    }

    private void organisationWide(Set<String> competencyCodes) {
        OrganisationWideCompetencies ow = book.organisationWideCompetencies();
        if (ow == null) {
            return;
        }
        text("organisationWideCompetencies.note", ow.note(), false);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ow.competencies().size(); i++) {
            String code = ow.competencies().get(i);
            String path = "organisationWideCompetencies.competencies[" + i + "]";
            if (!competencyCodes.contains(code)) {
                problem(path, "unknown competency '" + code + "' (not in the dictionary)");
            }
            if (!seen.add(code)) {
                problem(path, "competency '" + code + "' is listed twice");
            }
        }
    }

    private Set<String> jobProfiles() {
        if (book.jobProfiles().isEmpty()) {
            problem("jobProfiles", "a book needs at least one normfunctie");
        }
        Set<String> codes = unique("jobProfiles", book.jobProfiles(), JobProfile::code, "profile code");
        for (int i = 0; i < book.jobProfiles().size(); i++) {
            JobProfile p = book.jobProfiles().get(i);
            String path = "jobProfiles[" + i + "]";
            if (!notNull(path, p)) {
                continue;
            }
            code(path + ".code", p.code());
            text(path + ".name", p.name(), true);
            classification(path + ".functionFamily", p.functionFamily());
            classification(path + ".functionGroup", p.functionGroup());
            texts(path + ".characteristics", p.characteristics(), false);
            if (p.resultAreas().isEmpty()) {
                problem(path + ".resultAreas", "a normfunctie needs at least one resultaatgebied");
            }
            unique(path + ".resultAreas", p.resultAreas(), JobProfile.ResultArea::code, "result area code");
            for (int r = 0; r < p.resultAreas().size(); r++) {
                JobProfile.ResultArea area = p.resultAreas().get(r);
                String areaPath = path + ".resultAreas[" + r + "]";
                if (notNull(areaPath, area)) {
                    text(areaPath + ".code", area.code(), true);
                    text(areaPath + ".name", area.name(), true);
                    if (area.tasks().isEmpty()) {
                        problem(areaPath + ".tasks", "a resultaatgebied needs at least one generic task");
                    }
                    texts(areaPath + ".tasks", area.tasks(), true);
                }
            }
            if (p.competencies().isEmpty()) {
                problem(path + ".competencies", "a normfunctie needs its function competencies with expected level");
            }
            expected(path + ".competencies", p.competencies());
            titled(path + ".criticalWorkSituations", p.criticalWorkSituations());
            titled(path + ".knowledge", p.knowledge());
            titled(path + ".skills", p.skills());
            text(path + ".education", p.education(), false);
            text(path + ".note", p.note(), false);
        }
        return codes;
    }

    private void coordinationModule() {
        CoordinationModule m = book.coordinationModule();
        if (m == null) {
            return;
        }
        text("coordinationModule.name", m.name(), true);
        text("coordinationModule.description", m.description(), false);
        if (m.tasks().isEmpty()) {
            problem("coordinationModule.tasks", "the coördinatiemodule needs its tasks");
        }
        texts("coordinationModule.tasks", m.tasks(), true);
        expected("coordinationModule.competencies", m.competencies());
    }

    private void jobTitles(Set<String> profileCodes) {
        if (book.jobTitles().isEmpty()) {
            problem("jobTitles", "a book needs at least one beschikbare functie");
        }
        unique("jobTitles", book.jobTitles(), JobTitle::code, "job title code");
        for (int i = 0; i < book.jobTitles().size(); i++) {
            JobTitle t = book.jobTitles().get(i);
            String path = "jobTitles[" + i + "]";
            if (!notNull(path, t)) {
                continue;
            }
            code(path + ".code", t.code());
            text(path + ".name", t.name(), true);
            text(path + ".scale", t.scale(), true);
            if (t.jobProfile() == null || !profileCodes.contains(t.jobProfile())) {
                problem(path + ".jobProfile", "unknown normfunctie " + quote(t.jobProfile()));
            }
            if (t.fte() != null && (t.fte().signum() < 0 || t.fte().compareTo(BigDecimal.valueOf(100_000)) > 0)) {
                problem(path + ".fte", "must be zero or more (got " + t.fte() + ")");
            }
        }
    }

    private void clusters() {
        unique("clusters", book.clusters(), ClusterDefinition::code, "cluster code");
        for (int i = 0; i < book.clusters().size(); i++) {
            ClusterDefinition c = book.clusters().get(i);
            String path = "clusters[" + i + "]";
            if (notNull(path, c)) {
                code(path + ".code", c.code());
                text(path + ".name", c.name(), true);
                text(path + ".description", c.description(), false);
                if (c.approximateFte() != null && c.approximateFte().signum() < 0) {
                    problem(path + ".approximateFte", "must be zero or more");
                }
            }
        }
    }

    void expected(String path, List<ExpectedCompetency> list) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ExpectedCompetency e = list.get(i);
            String itemPath = path + "[" + i + "]";
            if (!notNull(itemPath, e)) {
                continue;
            }
            Competency competency = e.competency() == null ? null : book.competency(e.competency()).orElse(null);
            if (competency == null) {
                problem(itemPath + ".competency", "unknown competency " + quote(e.competency()) + " (not in the dictionary)");
            } else if (!seen.add(e.competency())) {
                problem(itemPath + ".competency", "competency '" + e.competency() + "' is listed twice");
            }
            if (e.level() == null || !onScale(e.level())) {
                problem(itemPath + ".level", "level " + quote(e.level()) + " is not on the book's scale " + scaleCodes());
            } else if (competency != null && competency.level(e.level()).isEmpty()) {
                problem(itemPath + ".level", "the dictionary does not describe level '" + e.level() + "' of '"
                        + e.competency() + "' (it describes " + competency.levels().keySet() + ")");
            }
        }
    }

    private void classification(String path, JobProfile.Classification c) {
        if (c == null) {
            problem(path, "is missing");
            return;
        }
        text(path + ".name", c.name(), true);
        text(path + ".description", c.description(), false);
    }

    private void titled(String path, List<JobProfile.TitledText> list) {
        for (int i = 0; i < list.size(); i++) {
            JobProfile.TitledText t = list.get(i);
            String itemPath = path + "[" + i + "]";
            if (notNull(itemPath, t)) {
                text(itemPath + ".title", t.title(), true);
                text(itemPath + ".description", t.description(), false);
            }
        }
    }

    <T> Set<String> unique(String path, List<T> items, Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                continue;
            }
            String k = key.apply(item);
            if (k != null && !seen.add(k)) {
                problem(path + "[" + i + "]", "duplicate " + what + " '" + k + "'");
            }
        }
        return seen;
    }

    private boolean onScale(String level) {
        return book.levelScale() != null && book.levelScale().rank(level) >= 0;
    }

    private String scaleCodes() {
        return book.levelScale() == null ? "(no scale)" : book.levelScale().codes().toString();
    }

    void code(String path, String value) {
        if (value == null || value.isBlank()) {
            problem(path, "is missing");
        } else if (!CODE.matcher(value).matches()) {
            problem(path, "must be lowercase letters, digits and '-' (got " + quote(value) + ")");
        }
    }

    void text(String path, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(path, "is missing or empty");
            }
        } else if (value.length() > MAX_TEXT) {
            problem(path, "is longer than " + MAX_TEXT + " characters");
        }
    }

    void texts(String path, List<String> values, boolean required) {
        for (int i = 0; i < values.size(); i++) {
            text(path + "[" + i + "]", values.get(i), required);
        }
    }

    boolean notNull(String path, Object value) {
        if (value == null) {
            problem(path, "is empty (a '-' without content?)");
            return false;
        }
        return true;
    }

    void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }
}

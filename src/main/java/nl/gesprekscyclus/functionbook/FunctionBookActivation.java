package nl.gesprekscyclus.functionbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.functionbook.JobTitleHolders.Holder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the folder's books the stored, current ones at start-up, safely: reads and validates every book, chooses
 * the active one, and refuses it while employees in service hold a job title it does not have (another book, or a
 * new version that dropped or renamed a function) — unless a mapping file says what their job titles become. The
 * mapping is applied to the employees first, each move audited, and only then are the new versions stored; all in
 * one transaction, so a refusal or a bad mapping entry changes nothing. Running reviews keep the book version and
 * profile they were started on.
 */
@Component
public class FunctionBookActivation {

    private static final Logger log = LoggerFactory.getLogger(FunctionBookActivation.class);
    /** How many employees a refusal names; the rest are counted. */
    static final int LISTED = 50;

    private final FunctionBookLoader loader;
    private final JobTitleHolders holders;
    private final AuditTrail audit;

    FunctionBookActivation(FunctionBookLoader loader, JobTitleHolders holders, AuditTrail audit) {
        this.loader = loader;
        this.holders = holders;
        this.audit = audit;
    }

    /** What this start made current: the active book's code and what happened to each book of the folder. */
    public record Activated(String activeCode, List<FunctionBookLoader.Outcome> outcomes, int employeesMoved) {
    }

    /**
     * @param configuredCode {@code gesprekscyclus.active-function-book}, blank when the folder holds one book
     * @param mappingFile    {@code gesprekscyclus.function-book-mapping}, or null
     */
    @Transactional
    public Activated activate(Path dir, String configuredCode, Path mappingFile) {
        List<FunctionBookLoader.Parsed> parsed = loader.readDirectory(dir);
        FunctionBookLoader.Parsed active = active(parsed, dir, configuredCode);
        int moved = moveHolders(active, mappingFile);
        List<FunctionBookLoader.Outcome> outcomes = parsed.stream().map(p -> loader.store(p.file(), p.book())).toList();
        return new Activated(active.book().code(), outcomes, moved);
    }

    private static FunctionBookLoader.Parsed active(List<FunctionBookLoader.Parsed> parsed, Path dir, String code) {
        if (code != null && !code.isBlank()) {
            return parsed.stream().filter(p -> p.book().code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("gesprekscyclus.active-function-book=" + code
                            + " but no file in " + dir + " defines that book"));
        }
        if (parsed.size() == 1) {
            return parsed.get(0);
        }
        throw new IllegalStateException(dir + " holds " + parsed.size()
                + " books; set gesprekscyclus.active-function-book to the code of the one in use");
    }

    /** Applies the mapping to those whose job title the book lacks; refuses when someone in service is left over. */
    private int moveHolders(FunctionBookLoader.Parsed active, Path mappingFile) {
        FunctionBook book = active.book();
        Set<String> codes = book.jobTitles().stream().map(JobTitle::code).collect(Collectors.toSet());
        List<Holder> outside = holders.outside(codes);
        Optional<FunctionBookMapping> mapping = Optional.ofNullable(mappingFile)
                .map(file -> FunctionBookMapping.read(file, book, active.file()));
        Map<String, String> jobTitles = mapping.map(FunctionBookMapping::jobTitles).orElse(Map.of());
        List<Holder> unmapped = outside.stream().filter(h -> !jobTitles.containsKey(h.jobTitleCode())).toList();
        List<Holder> refused = unmapped.stream().filter(Holder::active).toList();
        if (!refused.isEmpty()) {
            throw new IllegalStateException(refusal(book, active.file(), refused, mapping.isPresent()));
        }
        unmapped.forEach(h -> log.warn("Employee {} (not in service) keeps job title '{}', which function book '{}' "
                + "does not have", h.personnelNumber(), h.jobTitleCode(), book.code()));
        mapping.ifPresent(m -> m.jobTitles().keySet().stream()
                .filter(from -> outside.stream().noneMatch(h -> h.jobTitleCode().equals(from)))
                .forEach(from -> log.warn("{}: jobTitles.{}: no employee holds job title '{}'; entry not used",
                        m.file(), from, from)));
        int moved = 0;
        for (Holder h : outside) {
            String to = jobTitles.get(h.jobTitleCode());
            if (to != null) {
                holders.retitle(h, to);
                // one entry per employee: the trail of their own file (Mijn gegevens) shows why their job title changed
                audit.record("(system)", "EMPLOYEE_JOB_TITLE_MAPPED", "employee " + h.personnelNumber(),
                        h.employeeId(), AuditTrail.SUCCESS, null, "'" + h.jobTitleCode() + "' -> '" + to
                                + "' (function book " + book.code() + ", mapping " + mapping.get().file() + ")");
                moved++;
            }
        }
        if (moved > 0) {
            log.warn("Function book '{}': {} employees moved to a new job title by {}", book.code(), moved,
                    mapping.get().file());
        }
        return moved;
    }

    private static String refusal(FunctionBook book, String file, List<Holder> refused, boolean mappingGiven) {
        List<String> lines = new ArrayList<>();
        refused.stream().limit(LISTED).forEach(h -> lines.add(h.personnelNumber() + " " + h.name() + ": "
                + h.jobTitleCode()));
        if (refused.size() > LISTED) {
            lines.add("… and " + (refused.size() - LISTED) + " more");
        }
        return "Function book '" + book.code() + "' (" + file + ") does not have the job title of " + refused.size()
                + " employee" + (refused.size() == 1 ? "" : "s") + " in service (personnel number, name: old job "
                + "title):\n  " + String.join("\n  ", lines) + "\n"
                + (mappingGiven ? "The mapping file does not give a new code for these job titles. "
                        : "No mapping file is configured. ")
                + "Give the new code of each old job title in a mapping file (gesprekscyclus.function-book-mapping, "
                + "see docs/functionbook-format.md), or keep the job titles in the book. Nothing was changed.";
    }
}

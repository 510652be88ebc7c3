package nl.gesprekscyclus.functionbook;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The function book for screens: everyone who is logged in may read and search it. */
@Service
@PreAuthorize("isAuthenticated()")
public class FunctionBookService {

    private final FunctionBooks books;
    private final WorkRoles roles;

    FunctionBookService(FunctionBooks books, WorkRoles roles) {
        this.books = books;
        this.roles = roles;
    }

    public LoadedFunctionBook currentBook() {
        return books.current();
    }

    /** Normfuncties whose name, classification, characteristics, result areas, tasks or competencies match all words. */
    public List<JobProfile> searchProfiles(String query) {
        FunctionBook book = books.current().book();
        List<String> words = words(query);
        return book.jobProfiles().stream().filter(p -> matches(words, profileText(book, p))).toList();
    }

    /** Dictionary entries whose name, definition, level labels or indicators match all words. */
    public List<Competency> searchCompetencies(String query) {
        FunctionBook book = books.current().book();
        List<String> words = words(query);
        return book.competencies().stream().filter(c -> matches(words, competencyText(c))).toList();
    }

    /** Every role of the catalogue, in its order. */
    public List<WorkRole> roles() {
        return roles.catalogue().roles();
    }

    /** Roles whose name, purpose, tasks, result areas, competencies or note match all words (as the profiles do). */
    public List<WorkRole> searchRoles(String query) {
        FunctionBook book = books.current().book();
        List<String> words = words(query);
        return roles.catalogue().roles().stream().filter(r -> matches(words, roleText(book, r))).toList();
    }

    private static String roleText(FunctionBook book, WorkRole r) {
        Stream<String> parts = Stream.of(
                Stream.of(r.name(), r.purpose(), r.note() == null ? "" : r.note()),
                r.resultAreas().stream().map(JobProfile.ResultArea::name),
                r.allTasks().stream(),
                r.competencies().stream().map(e -> book.competency(e.competency()).map(Competency::name).orElse("")))
                .flatMap(s -> s);
        return normalise(String.join(" ", parts.toList()));
    }

    private static String profileText(FunctionBook book, JobProfile p) {
        Stream<String> parts = Stream.of(
                Stream.of(p.name(), p.functionFamily().name(), p.functionGroup().name()),
                p.characteristics().stream(),
                p.resultAreas().stream().flatMap(a -> Stream.concat(Stream.of(a.name()), a.tasks().stream())),
                p.competencies().stream().map(e -> book.competency(e.competency()).map(Competency::name).orElse("")),
                book.jobTitles().stream().filter(t -> t.jobProfile().equals(p.code())).map(JobTitle::name))
                .flatMap(s -> s);
        return normalise(String.join(" ", parts.toList()));
    }

    private static String competencyText(Competency c) {
        Stream<String> parts = Stream.concat(Stream.of(c.name(), c.definition() == null ? "" : c.definition()),
                c.levels().values().stream().flatMap(l -> Stream.concat(Stream.of(l.label()), l.indicators().stream())));
        return normalise(String.join(" ", parts.toList()));
    }

    private static boolean matches(List<String> words, String text) {
        return words.stream().allMatch(text::contains);
    }

    private static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Stream.of(normalise(query).split("\\s+")).filter(w -> !w.isBlank()).toList();
    }

    /** Lower case without diacritics, so "coordinatie" finds "coördinatie" and "creeren" finds "creëren". */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

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

    FunctionBookService(FunctionBooks books) {
        this.books = books;
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

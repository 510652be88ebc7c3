package nl.gesprekscyclus.functionbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gesprekscyclus.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every book in the function-books folder and validates all of them (a bad file stops the start and changes
 * nothing); stores a new version of each book whose content changed. {@link FunctionBookActivation} decides
 * when the storing may happen.
 */
@Component
public class FunctionBookLoader {

    private static final Logger log = LoggerFactory.getLogger(FunctionBookLoader.class);

    private final FunctionBookVersionRepository versions;
    private final FunctionBookReader reader;
    private final Clock clock;
    private final AuditTrail audit;

    FunctionBookLoader(FunctionBookVersionRepository versions, FunctionBookReader reader, Clock clock, AuditTrail audit) {
        this.versions = versions;
        this.reader = reader;
        this.clock = clock;
        this.audit = audit;
    }

    /** Result of loading one file: the book's version now current, and whether this load created it. */
    public record Outcome(String file, String bookCode, int versionNumber, boolean newVersion) {
    }

    /** Reads and stores every book of the folder (see {@link #readDirectory} and {@link #store}). */
    @Transactional
    public List<Outcome> loadDirectory(Path dir) {
        return readDirectory(dir).stream().map(p -> store(p.file(), p.book())).toList();
    }

    /**
     * Reads and validates every book in the folder; stores nothing. Every file is validated before any is stored:
     * one bad book must not leave the others half-loaded.
     */
    public List<Parsed> readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Function book folder " + dir.toAbsolutePath()
                    + " does not exist; set gesprekscyclus.function-books-dir or start from the project folder");
        }
        List<Path> files = yamlFiles(dir);
        if (files.isEmpty()) {
            throw new IllegalStateException("No function book (*.yaml) in " + dir.toAbsolutePath());
        }
        List<Parsed> parsed = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Path file : files) {
            String name = dir.getFileName() == null ? file.toString() : dir.resolve(file.getFileName()).toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read function book " + file, e);
            }
            FunctionBook book = reader.read(name, bytes);
            if (!codes.add(book.code())) {
                throw new InvalidFunctionBookException(name, List.of(new InvalidFunctionBookException.Problem("code",
                        "another file in " + dir + " already defines book '" + book.code() + "'")));
            }
            parsed.add(new Parsed(name, book));
        }
        return parsed;
    }

    /** The {@code *.yaml} and {@code *.yml} files of a folder, by name (books, role catalogues). */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Stores the book as a new version when its content differs from the latest stored version. */
    @Transactional
    public Outcome store(String file, FunctionBook book) {
        String canonical = reader.canonical(book);
        String hash = sha256(canonical);
        var latest = versions.findFirstByBookCodeOrderByVersionNumberDesc(book.code());
        if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            log.info("Function book '{}' from {} unchanged (version {})", book.code(), file,
                    latest.get().getVersionNumber());
            return new Outcome(file, book.code(), latest.get().getVersionNumber(), false);
        }
        int next = latest.map(v -> v.getVersionNumber() + 1).orElse(1);
        versions.save(new FunctionBookVersion(book.code(), next, hash, file, clock.instant(), canonical));
        audit.record("FUNCTION_BOOK_VERSION_STORED", "function book " + book.code() + " version " + next, null,
                AuditTrail.SUCCESS, file + " sha256 " + hash);
        log.info("Function book '{}' from {} stored as version {}: {} normfuncties, {} job titles, {} competencies",
                book.code(), file, next, book.jobProfiles().size(), book.jobTitles().size(), book.competencies().size());
        return new Outcome(file, book.code(), next, true);
    }

    /** The stored versions of a book, oldest first. */
    @Transactional(readOnly = true)
    List<FunctionBookVersion> versions(String bookCode) {
        return versions.findByBookCodeOrderByVersionNumberAsc(bookCode);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A book read and validated from its file, not stored yet. */
    public record Parsed(String file, FunctionBook book) {
    }
}

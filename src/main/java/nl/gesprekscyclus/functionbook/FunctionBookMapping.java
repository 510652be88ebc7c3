package nl.gesprekscyclus.functionbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.functionbook.InvalidFunctionBookException.Problem;

/**
 * The mapping file a functioneel beheerder gives for the start on which the function book drops or renames job
 * titles that employees hold: old job title code → new job title code ({@code gesprekscyclus.function-book-mapping},
 * docs/functionbook-format.md). Read and checked against the book that is about to become current before anything
 * is changed; a bad entry stops the start with the file, the entry and the problem.
 *
 * @param jobTitles old code → new code, in the order of the file
 */
public record FunctionBookMapping(String file, Map<String, String> jobTitles) {

    /** The file as YAML: {@code jobTitles: {old: new}} and an optional note. */
    record Content(Map<String, String> jobTitles, String note) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /**
     * Reads the file and checks every entry against the book: the old code must be gone from it (a mapping only
     * replaces job titles the book no longer has, so a file left in place never moves anyone twice), the new code
     * must be one of its job titles.
     */
    static FunctionBookMapping read(Path path, FunctionBook target, String targetFile) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            throw invalid(file, List.of(new Problem("", "the file does not exist (gesprekscyclus.function-book-mapping"
                    + " points at it); give the file or remove the setting")));
        }
        Content content;
        try {
            content = YAML.readValue(Files.readAllBytes(path), Content.class);
        } catch (JsonMappingException e) {
            throw invalid(file, List.of(new Problem(path(e), "expected 'jobTitles:' with one line 'old-code: new-code'"
                    + " per job title (" + e.getOriginalMessage() + ")")));
        } catch (JsonProcessingException e) {
            throw invalid(file, List.of(new Problem("", "not valid YAML: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw invalid(file, List.of(new Problem("", "cannot be read: " + e.getMessage())));
        }
        if (content == null || content.jobTitles() == null || content.jobTitles().isEmpty()) {
            throw invalid(file, List.of(new Problem("jobTitles", "is missing or empty: give one line "
                    + "'old-code: new-code' per job title the book no longer has")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        content.jobTitles().forEach((from, to) -> {
            String entry = "jobTitles." + from;
            if (to == null || to.isBlank()) {
                problems.add(new Problem(entry, "the new job title code is missing"));
            } else if (target.jobTitle(to).isEmpty()) {
                problems.add(new Problem(entry, "'" + to + "' is not a job title of function book " + target.code()
                        + " (" + targetFile + ")"));
            } else if (target.jobTitle(from).isPresent()) {
                problems.add(new Problem(entry, "'" + from + "' is still a job title of function book "
                        + target.code() + " (" + targetFile + "); a mapping only replaces job titles the book no "
                        + "longer has"));
            } else {
                mapping.put(from, to);
            }
        });
        if (!problems.isEmpty()) {
            throw invalid(file, problems);
        }
        return new FunctionBookMapping(file, Collections.unmodifiableMap(mapping));
    }

    private static InvalidFunctionBookException invalid(String file, List<Problem> problems) {
        return new InvalidFunctionBookException("Function book mapping", file, problems);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return sb.toString();
    }
}

package nl.gesprekscyclus.functionbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import nl.gesprekscyclus.base.Utf8Text;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a function book from YAML bytes, validates it and gives its canonical form (JSON) from which
 * a version's content hash is taken. Pure: no files, no database, so it is easy to feed bad input.
 */
public final class FunctionBookReader {

    /** Larger books than this are refused before parsing (a YAML bomb or a wrong file, not a function book). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ObjectMapper yaml;
    private final ObjectMapper canonicalJson;

    public FunctionBookReader() {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setMaxAliasesForCollections(50);
        loaderOptions.setCodePointLimit(MAX_BYTES);
        this.yaml = YAMLMapper.builder(YAMLFactory.builder().loaderOptions(loaderOptions).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        this.canonicalJson = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /** Parses and validates; throws {@link InvalidFunctionBookException} naming file, path and problem. */
    public FunctionBook read(String fileName, byte[] content) {
        FunctionBook book = parse("Function book", fileName, content, FunctionBook.class);
        List<InvalidFunctionBookException.Problem> problems = new FunctionBookValidator(book).validate();
        if (!problems.isEmpty()) {
            throw new InvalidFunctionBookException(fileName, problems);
        }
        return book;
    }

    /**
     * Parses a YAML file of the function book's family (a book, a role catalogue) strictly: unknown fields, duplicate
     * keys and wrong types are refused with the file, the path and the problem; never returns null.
     *
     * @param what what the file is, for the first line of a refusal ("Role catalogue")
     */
    <T> T parse(String what, String fileName, byte[] content, Class<T> type) {
        if (content.length > MAX_BYTES) {
            throw invalid(what, fileName, "", "file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB");
        }
        String text = decodeUtf8(what, fileName, content);
        if (text.isBlank()) {
            throw invalid(what, fileName, "", "the file is empty");
        }
        T parsed;
        try {
            parsed = yaml.readValue(text, type);
        } catch (JsonMappingException e) {
            throw invalid(what, fileName, path(e), describe(e));
        } catch (JsonProcessingException e) {
            throw invalid(what, fileName, "", "not valid YAML" + at(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            // SnakeYAML limits (aliases, size) surface as unchecked exceptions
            throw invalid(what, fileName, "", "not a readable YAML document: " + e.getMessage());
        }
        if (parsed == null) {
            throw invalid(what, fileName, "", "the file is empty");
        }
        return parsed;
    }

    private static InvalidFunctionBookException invalid(String what, String fileName, String path, String message) {
        return new InvalidFunctionBookException(what, fileName,
                List.of(new InvalidFunctionBookException.Problem(path, message)));
    }

    /** The canonical JSON of a book: the same content gives the same text, whatever the YAML layout or comments. */
    public String canonical(FunctionBook book) {
        try {
            return canonicalJson.writeValueAsString(book);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise function book " + book.code(), e);
        }
    }

    /** Reads a stored canonical version back. */
    public FunctionBook fromCanonical(String json) {
        try {
            return canonicalJson.readValue(json, FunctionBook.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored function book version cannot be read", e);
        }
    }

    private static String decodeUtf8(String what, String fileName, byte[] content) {
        Utf8Text.Decoded decoded = Utf8Text.decode(content);
        if (decoded.ok()) {
            return decoded.text();
        }
        throw invalid(what, fileName, "", decoded.utf16() ? "the file is UTF-16 (or not text at all); save it as UTF-8"
                : "the file is not UTF-8 text (line " + decoded.badLine() + "); save it as UTF-8");
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "' (known: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + kind(m.getTargetType()) + " here";
        }
        return message + at(e.getLocation());
    }

    private static String kind(Class<?> type) {
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (key: value)";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "a text value";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}

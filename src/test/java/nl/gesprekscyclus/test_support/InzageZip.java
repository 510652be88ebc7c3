package nl.gesprekscyclus.test_support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.gesprekscyclus.privacy.PersonalDataExport;

/**
 * The inzage ZIP of whoever is logged in, as the employee gets it: its files by name and {@code gegevens.json}
 * parsed by a plain Jackson reader (not by the code that wrote it).
 */
public record InzageZip(Map<String, byte[]> files, JsonNode data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Downloads the logged-in person's ZIP. */
    public static InzageZip download(PersonalDataExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeMine(out);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
            return new InzageZip(files, JSON.readTree(files.get(PersonalDataExport.JSON)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** gegevens.json as text: for "this text is nowhere in it". */
    public String json() {
        return new String(files.get(PersonalDataExport.JSON), StandardCharsets.UTF_8);
    }

    /**
     * gegevens.json as text with, under "reviews", only this review: for "this review's hidden text is nowhere in
     * it" when the person has other reviews of their own (another test's year) that may hold the same words.
     */
    public String jsonOf(long reviewId) {
        ObjectNode copy = data.deepCopy();
        if (copy.path("reviews") instanceof ArrayNode reviews) {
            for (int i = reviews.size() - 1; i >= 0; i--) {
                if (reviews.get(i).path("review").path("id").asLong() != reviewId) {
                    reviews.remove(i);
                }
            }
        }
        return copy.toString();
    }

    /** The entry of one review under "reviews", if the ZIP has it. */
    public Optional<JsonNode> review(long reviewId) {
        return StreamSupport.stream(data.path("reviews").spliterator(), false)
                .filter(r -> r.path("review").path("id").asLong() == reviewId).findFirst();
    }
}

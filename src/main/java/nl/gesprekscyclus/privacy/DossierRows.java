package nl.gesprekscyclus.privacy;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.Signature;

/**
 * A review's content for the inzage, taken from the dossier the employee gets on the screen
 * ({@code ReviewReadService.dossier}): one list of rows per table, keyed by the table's name, each row with the
 * entity's persisted fields under their column names. What the dossier leaves out is not here, because nothing
 * else is read. Left out of every row: the optimistic-locking {@code version} (bookkeeping, not data about anyone)
 * and a signature's {@code signed_content}: the screen shows who signed what and when, and the text the manager
 * signs when writing the assessment is that assessment, before it is handed over (once it is, the assessment and
 * the signed PDF carry it).
 */
final class DossierRows {

    private static final String VERSION = "version";
    private static final String SIGNED_CONTENT = "signed_content";

    private final ObjectMapper rows = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // the persisted fields, not the getters: some columns have no getter, some getters are no column
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .addModule(new SimpleModule().setSerializerModifier(new BeanSerializerModifier() {
                @Override
                public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                        List<BeanPropertyWriter> properties) {
                    return properties.stream().filter(p -> !p.getName().equals(VERSION))
                            .filter(p -> !(Signature.class.isAssignableFrom(bean.getBeanClass())
                                    && p.getName().equals(SIGNED_CONTENT)))
                            .toList();
                }
            }))
            .build();

    /** The review's rows as the dossier holds them, table by table (a missing single row is an empty list). */
    Map<String, Object> of(ReviewDossier d) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("review", row(d.review()));
        content.put("participants", participants(d));
        content.put("result_agreement", rows(d.resultAgreements().stream()));
        content.put("development_agreement", rows(d.developmentAgreements().stream()));
        content.put("disagreement", rows(d.disagreements().stream()));
        content.put("coordinator_input", rows(d.coordinatorInputs().stream()));
        content.put("progress_reflection", rows(d.reflections().stream()));
        content.put("progress_report", rows(d.progressReports().stream()));
        content.put("agreement_score", rows(d.scores().stream()));
        content.put("competency_rating", rows(d.ratings().stream()));
        content.put("assessment", rows(Stream.ofNullable(d.assessment())));
        content.put("employee_response", rows(Stream.ofNullable(d.response())));
        content.put("development_conversation", rows(Stream.ofNullable(d.development())));
        content.put("signature", rows(d.signatures().stream()));
        content.put("agreement_change", rows(d.changes().stream()));
        content.put("roles", roles(d));
        return content;
    }

    /**
     * The roles the review is about (issue 18): each with its stretches in the year, as the review screen shows
     * them. The catalogue's description of a role is configuration, not personal data, so only code and name.
     */
    private static List<Map<String, Object>> roles(ReviewDossier d) {
        return d.roles().stream().map(r -> {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("role_code", r.code());
            role.put("role_name", r.name());
            role.put("stretches", r.stretches().stream().map(s -> {
                Map<String, Object> stretch = new LinkedHashMap<>();
                stretch.put("from_date", s.from().toString());
                stretch.put("to_date", s.to() == null ? null : s.to().toString());
                stretch.put("share_percent", s.sharePercent());
                return stretch;
            }).toList());
            return role;
        }).toList();
    }

    /**
     * The names behind the ids the rows carry (employee_id, manager_id, coordinator_id, second_assessor_id, and who
     * signs off: sign_off_by_id, or the manager for a review from before the assessment policy).
     */
    private static Map<String, Object> participants(ReviewDossier d) {
        Map<String, Object> people = new LinkedHashMap<>();
        people.put("employee", person(d.employee()));
        people.put("manager", person(d.manager()));
        people.put("coordinator", person(d.coordinator()));
        people.put("second_assessor", person(d.secondAssessor()));
        people.put("signer", person(d.signer()));
        return people;
    }

    private static Map<String, Object> person(ReviewDossier.Person p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", p.id());
        person.put("personnel_number", p.personnelNumber());
        person.put("name", p.name());
        return person;
    }

    private List<Map<String, Object>> rows(Stream<?> entities) {
        return entities.map(this::row).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> row(Object entity) {
        return rows.convertValue(entity, LinkedHashMap.class);
    }
}

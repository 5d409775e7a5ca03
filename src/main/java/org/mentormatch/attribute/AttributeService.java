package org.mentormatch.attribute;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.programme.ProgrammeService;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.Violation;

/**
 * A programme's attributes: none (version 0) until a coordinator sets them, then 1, 2, ... (the row version + 1).
 * Removing or retyping an attribute a cohort's policy compares is refused; the profiles' values the new list no
 * longer allows (a removed or retyped attribute, a dropped option, a side it no longer applies to) are removed
 * with it, so that no profile keeps a value nothing describes.
 */
@ApplicationScoped
@Transactional
public class AttributeService {

    private static final Logger LOG = Logger.getLogger(AttributeService.class);
    /** PostgreSQL's name for V17's {@code programme_id ... unique}. */
    private static final String UNIQUE_PROGRAMME = "programme_attributes_programme_id_key";
    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final ProgrammeService programmes;
    private final ObjectMapper json;

    public AttributeService(ProgrammeService programmes, ObjectMapper json) {
        this.programmes = programmes;
        this.json = json;
    }

    @Transactional(SUPPORTS)
    public AttributeList get(UUID programmeId) {
        programmes.require(programmeId);
        AttributeSettings settings = find(programmeId);
        return settings == null ? AttributeList.NONE : new AttributeList(settings.attributes, versionOf(settings));
    }

    /** The programme's attributes, none if it has not set any. */
    @Transactional(SUPPORTS)
    public List<ProgrammeAttribute> of(UUID programmeId) {
        AttributeSettings settings = find(programmeId);
        return settings == null ? List.of() : settings.attributes;
    }

    /** The attributes of the cohort's programme. */
    @Transactional(SUPPORTS)
    public List<ProgrammeAttribute> ofCohort(UUID cohortId) {
        Cohort cohort = Cohort.findById(cohortId);
        return cohort == null ? List.of() : of(cohort.programmeId);
    }

    /** Refuses values the programme's list does not allow for a profile of {@code side}, naming attributes.key. */
    @Transactional(SUPPORTS)
    public void check(UUID programmeId, AppliesTo side, Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        List<Violation> problems = AttributeValues.problems(values, of(programmeId), side);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    public AttributeList replace(UUID programmeId, String ifMatch, AttributeList requested) {
        programmes.require(programmeId);
        AttributeSettings settings = find(programmeId);
        ETags.requireCurrent(ifMatch, versionOf(settings));
        List<ProgrammeAttribute> next = requested.attributes().stream().map(ProgrammeAttribute::normalised).toList();
        checkConsistent(next);
        List<ProgrammeAttribute> previous = settings == null ? List.of() : settings.attributes;
        refuseChangesPoliciesUse(programmeId, previous, next);
        if (settings == null) {
            settings = new AttributeSettings();
            settings.programmeId = programmeId;
        }
        settings.attributes = next;
        store(settings);
        if (!next.containsAll(previous)) {
            pruneValues(programmeId, next, "mentee", AppliesTo.MENTEE);
            pruneValues(programmeId, next, "mentor", AppliesTo.MENTOR);
        }
        LOG.infof("Attributes of programme %s set (%d)", programmeId, next.size());
        return new AttributeList(next, versionOf(settings));
    }

    /** Keys unique; options present and distinct exactly for the choice types. */
    private static void checkConsistent(List<ProgrammeAttribute> attributes) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            ProgrammeAttribute attribute = attributes.get(i);
            String at = "attributes[%d].".formatted(i);
            Integer first = firstIndex.putIfAbsent(attribute.key(), i);
            if (first != null) {
                problems.add(new Violation(at + "key", "is the key of attributes[%d] already".formatted(first)));
            }
            if (attribute.type().hasOptions() && attribute.options().isEmpty()) {
                problems.add(new Violation(at + "options", "must list at least one option for a " + attribute.type()));
            } else if (!attribute.type().hasOptions() && !attribute.options().isEmpty()) {
                problems.add(new Violation(at + "options", "must be absent for a " + attribute.type()));
            }
            List<String> options = attribute.options();
            for (int j = 0; j < options.size(); j++) {
                if (options.indexOf(options.get(j)) < j) {
                    problems.add(new Violation(at + "options[%d]".formatted(j), "repeats an earlier option"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    /**
     * A cohort's policy compares the attribute by its type, both sides' values, or keeps a mix quota on the mentees'
     * values: removing it, changing its type or the side it applies to would leave the criterion or quota meaning
     * nothing.
     */
    private static void refuseChangesPoliciesUse(UUID programmeId, List<ProgrammeAttribute> previous,
            List<ProgrammeAttribute> next) {
        @SuppressWarnings("unchecked")
        List<Object[]> uses = Panache.getEntityManager().createNativeQuery("""
                select c.name, criterion ->> 'key' from matching_policy p join cohort c on c.id = p.cohort_id,
                jsonb_array_elements(p.attribute_criteria) criterion
                where c.programme_id = :programme
                union all
                select c.name, quota ->> 'on' from matching_policy p join cohort c on c.id = p.cohort_id,
                jsonb_array_elements(p.mix) quota
                where c.programme_id = :programme order by 1""")
                .setParameter("programme", programmeId)
                .getResultList();
        for (Object[] use : uses) {
            String key = (String) use[1];
            ProgrammeAttribute before = find(previous, key);
            ProgrammeAttribute after = find(next, key);
            if (before != null && (after == null || after.type() != before.type() || after.appliesTo() != before.appliesTo())) {
                throw new Conflict("attribute-in-use", "Attribute %s is used by the matching policy of cohort %s; "
                        .formatted(key, use[0]) + "remove it from that policy's attributeCriteria and mix first",
                        List.of(new Violation("attributes", "%s is used by the matching policy of cohort %s"
                                .formatted(key, use[0]))))
                        .with("attribute", key);
            }
        }
    }

    /** Removes from the programme's profiles the values the new list no longer allows; each changed row's version moves. */
    private void pruneValues(UUID programmeId, List<ProgrammeAttribute> attributes, String table, AppliesTo side) {
        var entityManager = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, cast(attributes as text) from " + table
                        + " where cohort_id in (select id from cohort where programme_id = :programme)"
                        + " and attributes <> cast('{}' as jsonb)")
                .setParameter("programme", programmeId)
                .getResultList();
        for (Object[] row : rows) {
            Map<String, Object> values = read((String) row[1]);
            Map<String, Object> kept = AttributeValues.pruned(values, attributes, side);
            if (!kept.equals(values)) {
                entityManager.createNativeQuery("update " + table + " set attributes = cast(:values as jsonb), "
                                + "version = version + 1, updated_at = now() where id = :id")
                        .setParameter("values", write(kept))
                        .setParameter("id", row[0])
                        .executeUpdate();
            }
        }
    }

    private Map<String, Object> read(String values) {
        try {
            return json.readValue(values, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored attribute values are not a JSON object", e);
        }
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Attribute values cannot be written as JSON", e);
        }
    }

    private static ProgrammeAttribute find(List<ProgrammeAttribute> attributes, String key) {
        return attributes.stream().filter(a -> Objects.equals(a.key(), key)).findFirst().orElse(null);
    }

    /** 0 for none, then 1, 2, ... for each stored change. */
    private static long versionOf(AttributeSettings settings) {
        return settings == null ? 0 : settings.version + 1;
    }

    /** Two first writes can both find no list; the unique key lets one win, the other reads again (412). */
    private static void store(AttributeSettings settings) {
        try {
            settings.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, UNIQUE_PROGRAMME)) {
                throw new OptimisticLockException("Programme attributes stored concurrently", e);
            }
            throw e;
        }
    }

    private static AttributeSettings find(UUID programmeId) {
        return AttributeSettings.<AttributeSettings>find("programmeId", programmeId).firstResult();
    }
}

package org.mentormatch.policy;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.attribute.AppliesTo;
import org.mentormatch.attribute.AttributeService;
import org.mentormatch.attribute.AttributeType;
import org.mentormatch.attribute.ProgrammeAttribute;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.Violation;

/**
 * A cohort's matching policy: the defaults until a coordinator sets one. The defaults are version 0 and a stored
 * policy counts from 1 (its row version + 1), so that a write based on the defaults is refused once someone else
 * has stored a policy.
 */
@ApplicationScoped
@Transactional
public class PolicyService {

    private static final Logger LOG = Logger.getLogger(PolicyService.class);
    /** PostgreSQL's name for V2's {@code cohort_id ... unique}. */
    private static final String UNIQUE_COHORT = "matching_policy_cohort_id_key";

    private final CohortService cohorts;
    private final AttributeService attributes;

    public PolicyService(CohortService cohorts, AttributeService attributes) {
        this.cohorts = cohorts;
        this.attributes = attributes;
    }

    @Transactional(SUPPORTS)
    public PolicyDocument get(UUID programmeId, UUID cohortId) {
        cohorts.require(programmeId, cohortId);
        PolicySettings settings = find(cohortId);
        return settings == null
                ? PolicyDocument.of(MatchingPolicy.defaults(), 0)
                : PolicyDocument.of(toPolicy(settings, List.of()), versionOf(settings));
    }

    /** The policy a run of this cohort uses. */
    @Transactional(SUPPORTS)
    public MatchingPolicy policyOf(UUID cohortId) {
        PolicySettings settings = find(cohortId);
        return settings == null ? MatchingPolicy.defaults() : toPolicy(settings, attributes.ofCohort(cohortId));
    }

    public PolicyDocument replace(UUID programmeId, UUID cohortId, String ifMatch, PolicyDocument document) {
        cohorts.require(programmeId, cohortId);
        PolicySettings settings = find(cohortId);
        ETags.requireMatch(ifMatch, versionOf(settings));
        MatchingPolicy policy = validated(document, attributes.of(programmeId));
        if (settings == null) {
            settings = new PolicySettings();
            settings.cohortId = cohortId;
        }
        Map<String, String> levels = new LinkedHashMap<>();
        policy.levels().forEach((criterion, level) -> levels.put(criterion.jsonName(), level.name()));
        settings.levels = levels;
        settings.priority = policy.priority();
        settings.minimumQuality = policy.minimumQuality();
        settings.minimumFieldCloseness = policy.minimumFieldCloseness();
        settings.employerRule = policy.employerRule();
        settings.attributeCriteria = document.attributeCriteria() == null ? List.of() : document.attributeCriteria();
        settings.mix = policy.mix();
        store(settings);
        LOG.infof("Matching policy of cohort %s set", cohortId);
        return PolicyDocument.of(policy, versionOf(settings));
    }

    /** 0 for the defaults, then 1, 2, ... for each stored change. */
    private static long versionOf(PolicySettings settings) {
        return settings == null ? 0 : settings.version + 1;
    }

    /**
     * Two first writes of a cohort's policy can both find none stored; the cohort's unique key lets one insert
     * win, and the other is answered like any writer who lost a race: read again.
     */
    private static void store(PolicySettings settings) {
        try {
            settings.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, UNIQUE_COHORT)) {
                throw new OptimisticLockException("Matching policy stored concurrently", e);
            }
            throw e;
        }
    }

    /**
     * Criteria that judge the whole plan cannot be hard rules; an attribute criterion names an attribute of the
     * programme that both sides hold, once, with a comparison its type allows; a mix quota is on a key the engine
     * can read, once. Says which field is wrong.
     */
    private static MatchingPolicy validated(PolicyDocument document, List<ProgrammeAttribute> programmeAttributes) {
        MatchingPolicy withDefaults = MatchingPolicy.defaults();
        Map<Criterion, Level> requested = document.criteria() == null
                ? withDefaults.levels()
                : document.criteria().over(withDefaults.levels());
        List<Violation> violations = requested.entrySet().stream()
                .filter(entry -> entry.getValue().isRequired() && !entry.getKey().isPairCriterion())
                .map(entry -> new Violation(PolicyDocument.fieldOf(entry.getKey()),
                        "cannot be MUST: it judges the whole match, not one pair"))
                .collect(Collectors.toCollection(ArrayList::new));
        violations.addAll(attributeProblems(document, programmeAttributes));
        violations.addAll(mixViolations(document.mix(), programmeAttributes));
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return document.toPolicy();
    }

    private static List<Violation> attributeProblems(PolicyDocument document, List<ProgrammeAttribute> programmeAttributes) {
        List<Violation> problems = new ArrayList<>();
        List<PolicyAttributeCriterion> criteria = document.attributeCriteria() == null ? List.of() : document.attributeCriteria();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            PolicyAttributeCriterion criterion = criteria.get(i);
            String at = "attributeCriteria[%d].".formatted(i);
            ProgrammeAttribute attribute = programmeAttributes.stream()
                    .filter(a -> a.key().equals(criterion.key())).findFirst().orElse(null);
            Integer first = firstIndex.putIfAbsent(criterion.key(), i);
            if (attribute == null) {
                problems.add(new Violation(at + "key", "is not an attribute of this programme"));
            } else if (first != null) {
                problems.add(new Violation(at + "key", "has a criterion already (attributeCriteria[%d])".formatted(first)));
            } else if (attribute.appliesTo() != AppliesTo.BOTH) {
                problems.add(new Violation(at + "key", "is held by %ss only; a criterion compares both sides"
                        .formatted(attribute.appliesTo().name().toLowerCase(Locale.ROOT))));
            } else if (!PolicyAttributeCriterion.suits(criterion.compare(), attribute.type())) {
                problems.add(new Violation(at + "compare", "cannot compare a %s attribute; %s"
                        .formatted(attribute.type(), attribute.type() == AttributeType.MULTI_CHOICE ? "use OVERLAP"
                                : attribute.type() == AttributeType.NUMBER ? "use SAME, DIFFERENT or MENTOR_AT_LEAST"
                                : "use SAME or DIFFERENT")));
            }
        }
        return problems;
    }

    /**
     * A quota is on homeCountry, field or one of the programme's attributes that mentees hold with one value each
     * (a choice, yes/no or a number): a multi-choice has no single value to count.
     */
    private static List<Violation> mixViolations(List<MixQuotaDocument> mix, List<ProgrammeAttribute> programmeAttributes) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; mix != null && i < mix.size(); i++) {
            String on = mix.get(i).on();
            String at = "mix[%d].on".formatted(i);
            ProgrammeAttribute attribute = programmeAttributes.stream()
                    .filter(a -> a.key().equals(on)).findFirst().orElse(null);
            if (!MixQuota.KEYS.contains(on) && attribute == null) {
                violations.add(new Violation(at, "must be homeCountry, field or an attribute of this programme"));
            } else if (attribute != null && attribute.appliesTo() == AppliesTo.MENTOR) {
                violations.add(new Violation(at, "is held by mentors only; a quota counts mentees' values"));
            } else if (attribute != null && attribute.type() == AttributeType.MULTI_CHOICE) {
                violations.add(new Violation(at, "is a MULTI_CHOICE attribute; a quota needs one value per mentee"));
            } else if (!seen.add(on)) {
                violations.add(new Violation(at, "has a quota already: one per key"));
            }
        }
        return violations;
    }

    private static PolicySettings find(UUID cohortId) {
        return PolicySettings.<PolicySettings>find("cohortId", cohortId).firstResult();
    }

    /** The stored policy; its attribute criteria quote the labels of {@code programmeAttributes} (their keys if none). */
    private static MatchingPolicy toPolicy(PolicySettings settings, List<ProgrammeAttribute> programmeAttributes) {
        Map<Criterion, Level> levels = new EnumMap<>(MatchingPolicy.defaults().levels());
        // A criterion added after this policy was stored keeps its default.
        settings.levels.forEach((name, level) -> levels.put(Criterion.fromJsonName(name), Level.valueOf(level)));
        Map<String, String> labels = new HashMap<>();
        programmeAttributes.forEach(attribute -> labels.put(attribute.key(), attribute.label()));
        return new MatchingPolicy(levels, settings.priority, settings.minimumQuality, settings.minimumFieldCloseness,
                settings.employerRule, settings.attributeCriteria.stream()
                        .map(criterion -> criterion.toCriterion(labels.get(criterion.key()))).toList(), settings.mix);
    }
}

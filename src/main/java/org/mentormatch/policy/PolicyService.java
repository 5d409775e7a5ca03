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
import org.mentormatch.cohort.Cohort;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.preset.Preset;
import org.mentormatch.programme.ProgrammeService;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.refusal.Violation;

/**
 * A cohort's matching policy: its programme type's preset until a coordinator sets one. The preset is version 0
 * and a stored policy counts from 1 (its row version + 1), so that a write based on the preset is refused once
 * someone else has stored a policy.
 */
@ApplicationScoped
@Transactional
public class PolicyService {

    private static final Logger LOG = Logger.getLogger(PolicyService.class);
    /** PostgreSQL's name for V2's {@code cohort_id ... unique}. */
    private static final String UNIQUE_COHORT = "matching_policy_cohort_id_key";

    private final CohortService cohorts;
    private final AttributeService attributes;
    private final ProgrammeService programmes;

    public PolicyService(CohortService cohorts, AttributeService attributes, ProgrammeService programmes) {
        this.cohorts = cohorts;
        this.attributes = attributes;
        this.programmes = programmes;
    }

    @Transactional(SUPPORTS)
    public PolicyDocument get(UUID programmeId, UUID cohortId) {
        cohorts.require(programmeId, cohortId);
        PolicySettings settings = find(cohortId);
        return settings == null
                ? PolicyDocument.of(presetOf(programmeId, attributes.of(programmeId)), 0)
                : PolicyDocument.of(toPolicy(settings, List.of()), versionOf(settings));
    }

    /** The policy a run of this cohort uses. */
    @Transactional(SUPPORTS)
    public MatchingPolicy policyOf(UUID cohortId) {
        PolicySettings settings = find(cohortId);
        List<ProgrammeAttribute> programmeAttributes = attributes.ofCohort(cohortId);
        return settings == null
                ? presetOf(programmeOf(cohortId), programmeAttributes)
                : toPolicy(settings, programmeAttributes);
    }

    public PolicyDocument replace(UUID programmeId, UUID cohortId, String ifMatch, PolicyDocument document) {
        cohorts.require(programmeId, cohortId);
        PolicySettings settings = find(cohortId);
        ETags.requireMatch(ifMatch, versionOf(settings));
        List<ProgrammeAttribute> programmeAttributes = attributes.of(programmeId);
        MatchingPolicy policy = validated(document, programmeAttributes, presetOf(programmeId, programmeAttributes));
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
        settings.attributeCriteria = policy.attributeCriteria().stream().map(PolicyAttributeCriterion::of).toList();
        settings.mix = policy.mix();
        settings.onlineCountsAsLocal = policy.onlineCountsAsLocal();
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
     * The policy a cohort of this programme has until a coordinator sets one, and what a PUT leaves out takes: the
     * type's preset as the programme now stands. A preset criterion on an attribute the coordinator has since
     * removed, narrowed to one side or retyped is left out, and the others quote the attribute's current label.
     */
    private MatchingPolicy presetOf(UUID programmeId, List<ProgrammeAttribute> programmeAttributes) {
        MatchingPolicy preset = Preset.of(programmes.require(programmeId).type).policy();
        Map<String, ProgrammeAttribute> byKey = new HashMap<>();
        programmeAttributes.forEach(attribute -> byKey.put(attribute.key(), attribute));
        return preset.withAttributeCriteria(preset.attributeCriteria().stream()
                .filter(criterion -> byKey.containsKey(criterion.key())
                        && byKey.get(criterion.key()).appliesTo() == AppliesTo.BOTH
                        && PolicyAttributeCriterion.suits(criterion.compare(), byKey.get(criterion.key()).type()))
                .map(criterion -> new AttributeCriterion(criterion.key(), byKey.get(criterion.key()).label(),
                        criterion.compare(), criterion.level()))
                .toList());
    }

    private static UUID programmeOf(UUID cohortId) {
        return Cohort.<Cohort>findByIdOptional(cohortId).orElseThrow(() -> new NotFound("Cohort", cohortId)).programmeId;
    }

    /**
     * Criteria that judge the whole plan cannot be hard rules; an attribute criterion names an attribute of the
     * programme that both sides hold, once, with a comparison its type allows; a mix quota is on a key the engine
     * can read, once. Says which field is wrong. What the document leaves out comes from {@code preset}.
     */
    private static MatchingPolicy validated(PolicyDocument document, List<ProgrammeAttribute> programmeAttributes,
            MatchingPolicy preset) {
        Map<Criterion, Level> requested = document.criteria() == null
                ? preset.levels()
                : document.criteria().over(preset.levels());
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
        return document.toPolicy(preset);
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
        // A criterion added after this policy was stored keeps its default level: the stored policy is the
        // coordinator's, not the preset's.
        settings.levels.forEach((name, level) -> levels.put(Criterion.fromJsonName(name), Level.valueOf(level)));
        Map<String, String> labels = new HashMap<>();
        programmeAttributes.forEach(attribute -> labels.put(attribute.key(), attribute.label()));
        return new MatchingPolicy(levels, settings.priority, settings.minimumQuality, settings.minimumFieldCloseness,
                settings.employerRule, settings.attributeCriteria.stream()
                        .map(criterion -> criterion.toCriterion(labels.get(criterion.key()))).toList(), settings.mix,
                settings.onlineCountsAsLocal);
    }
}

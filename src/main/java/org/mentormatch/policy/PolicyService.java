package org.mentormatch.policy;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
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

    public PolicyService(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @Transactional(SUPPORTS)
    public PolicyDocument get(UUID programmeId, UUID cohortId) {
        cohorts.require(programmeId, cohortId);
        PolicySettings settings = find(cohortId);
        return settings == null
                ? PolicyDocument.of(MatchingPolicy.defaults(), 0)
                : PolicyDocument.of(toPolicy(settings), versionOf(settings));
    }

    /** The policy a run of this cohort uses. */
    @Transactional(SUPPORTS)
    public MatchingPolicy policyOf(UUID cohortId) {
        PolicySettings settings = find(cohortId);
        return settings == null ? MatchingPolicy.defaults() : toPolicy(settings);
    }

    public PolicyDocument replace(UUID programmeId, UUID cohortId, String ifMatch, PolicyDocument document) {
        cohorts.require(programmeId, cohortId);
        PolicySettings settings = find(cohortId);
        ETags.requireMatch(ifMatch, versionOf(settings));
        MatchingPolicy policy = validated(document);
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
     * Criteria that judge the whole plan cannot be hard rules, and a mix quota must be on a key the engine can
     * read, once; say which field is wrong.
     */
    private static MatchingPolicy validated(PolicyDocument document) {
        MatchingPolicy withDefaults = MatchingPolicy.defaults();
        Map<Criterion, Level> requested = document.criteria() == null
                ? withDefaults.levels()
                : document.criteria().over(withDefaults.levels());
        List<Violation> violations = new ArrayList<>(requested.entrySet().stream()
                .filter(entry -> entry.getValue().isRequired() && !entry.getKey().isPairCriterion())
                .map(entry -> new Violation(PolicyDocument.fieldOf(entry.getKey()),
                        "cannot be MUST: it judges the whole match, not one pair"))
                .toList());
        violations.addAll(mixViolations(document.mix()));
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return document.toPolicy();
    }

    private static List<Violation> mixViolations(List<MixQuotaDocument> mix) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; mix != null && i < mix.size(); i++) {
            String on = mix.get(i).on();
            // Programme attribute keys join these once profiles carry attributes the policy can check against.
            if (!MixQuota.KEYS.contains(on)) {
                violations.add(new Violation("mix[%d].on".formatted(i), "must be homeCountry or field"));
            } else if (!seen.add(on)) {
                violations.add(new Violation("mix[%d].on".formatted(i), "has a quota already: one per key"));
            }
        }
        return violations;
    }

    private static PolicySettings find(UUID cohortId) {
        return PolicySettings.<PolicySettings>find("cohortId", cohortId).firstResult();
    }

    private static MatchingPolicy toPolicy(PolicySettings settings) {
        Map<Criterion, Level> levels = new EnumMap<>(MatchingPolicy.defaults().levels());
        // A criterion added after this policy was stored keeps its default.
        settings.levels.forEach((name, level) -> levels.put(Criterion.fromJsonName(name), Level.valueOf(level)));
        return new MatchingPolicy(levels, settings.priority, settings.minimumQuality, settings.minimumFieldCloseness,
                settings.employerRule, settings.mix);
    }
}

package org.mentormatch.policy;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
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
    private final ProgrammeService programmes;

    public PolicyService(CohortService cohorts, ProgrammeService programmes) {
        this.cohorts = cohorts;
        this.programmes = programmes;
    }

    @Transactional(SUPPORTS)
    public PolicyDocument get(UUID programmeId, UUID cohortId) {
        cohorts.require(programmeId, cohortId);
        PolicySettings settings = find(cohortId);
        return settings == null
                ? PolicyDocument.of(presetOf(programmeId), 0)
                : PolicyDocument.of(toPolicy(settings), versionOf(settings));
    }

    /** The policy a run of this cohort uses. */
    @Transactional(SUPPORTS)
    public MatchingPolicy policyOf(UUID cohortId) {
        PolicySettings settings = find(cohortId);
        return settings == null ? presetOf(programmeOf(cohortId)) : toPolicy(settings);
    }

    public PolicyDocument replace(UUID programmeId, UUID cohortId, String ifMatch, PolicyDocument document) {
        cohorts.require(programmeId, cohortId);
        PolicySettings settings = find(cohortId);
        ETags.requireMatch(ifMatch, versionOf(settings));
        MatchingPolicy policy = validated(document, presetOf(programmeId));
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

    /** The policy a cohort of this programme has until a coordinator sets one, and what a PUT leaves out keeps. */
    private MatchingPolicy presetOf(UUID programmeId) {
        return Preset.of(programmes.require(programmeId).type).policy();
    }

    private static UUID programmeOf(UUID cohortId) {
        return Cohort.<Cohort>findByIdOptional(cohortId).orElseThrow(() -> new NotFound("Cohort", cohortId)).programmeId;
    }

    /** Criteria that judge the whole plan cannot be hard rules; say which field is wrong. */
    private static MatchingPolicy validated(PolicyDocument document, MatchingPolicy preset) {
        Map<Criterion, Level> requested = document.criteria() == null
                ? preset.levels()
                : document.criteria().over(preset.levels());
        List<Violation> violations = requested.entrySet().stream()
                .filter(entry -> entry.getValue().isRequired() && !entry.getKey().isPairCriterion())
                .map(entry -> new Violation(PolicyDocument.fieldOf(entry.getKey()),
                        "cannot be MUST: it judges the whole match, not one pair"))
                .toList();
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return document.toPolicy(preset);
    }

    private static PolicySettings find(UUID cohortId) {
        return PolicySettings.<PolicySettings>find("cohortId", cohortId).firstResult();
    }

    private static MatchingPolicy toPolicy(PolicySettings settings) {
        Map<Criterion, Level> levels = new EnumMap<>(MatchingPolicy.defaults().levels());
        // A criterion added after this policy was stored keeps its default level: the stored policy is the
        // coordinator's, not the preset's.
        settings.levels.forEach((name, level) -> levels.put(Criterion.fromJsonName(name), Level.valueOf(level)));
        return new MatchingPolicy(levels, settings.priority, settings.minimumQuality, settings.minimumFieldCloseness,
                settings.employerRule, settings.onlineCountsAsLocal);
    }
}

package org.mentormatch.matchrun;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairAffinity;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.affinity.AffinityService;
import org.mentormatch.exclusion.ExclusionService;
import org.mentormatch.matching.model.HardRule;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.policy.PolicyService;
import org.mentormatch.preference.CohortChoices;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.programme.Programme;

/** Maps a cohort's rows to the solver's facts, and fingerprints them so a run can be reproduced. */
@ApplicationScoped
public class SnapshotLoader {

    private static final Sort CREATION_ORDER = Sort.by("createdAt").and("id");

    private final PolicyService policies;
    private final ExclusionService exclusions;
    private final AffinityService affinities;
    private final CohortDecisions decisions;
    private final ObjectMapper canonical;

    SnapshotLoader(PolicyService policies, ExclusionService exclusions, AffinityService affinities,
            CohortDecisions decisions, ObjectMapper mapper) {
        this.policies = policies;
        this.exclusions = exclusions;
        this.affinities = affinities;
        this.decisions = decisions;
        // Nulls kept, unlike in answers: the fingerprints of earlier runs were taken with them.
        this.canonical = mapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @Transactional
    public CohortSnapshot load(UUID cohortId, RunMode mode) {
        Map<UUID, UUID> pinned = new TreeMap<>(decisions.pinned(cohortId, mode == RunMode.REPAIR));
        ConsentGate gate = new ConsentGate(matchingBases(cohortId), pinned);
        List<Mentee> present = Mentee.<Mentee>find("cohortId = ?1 and withdrawnOn is null", CREATION_ORDER, cohortId).list();
        List<Mentee> mentees = present.stream().filter(gate::admits).toList();
        Map<UUID, Reason> leftOut = new LinkedHashMap<>();
        present.stream().filter(mentee -> !gate.admits(mentee))
                .forEach(mentee -> leftOut.put(mentee.id, gate.reasonFor(mentee)));
        List<Mentor> mentors = Mentor.<Mentor>find("cohortId = ?1 and withdrawnOn is null", CREATION_ORDER, cohortId)
                .list().stream().filter(gate::admits).toList();
        CohortChoices stated = CohortChoices.of(cohortId);
        return new CohortSnapshot(
                policies.policyOf(cohortId),
                IntStream.range(0, mentees.size()).mapToObj(i -> menteeFact(mentees.get(i), i, stated)).toList(),
                IntStream.range(0, mentors.size())
                        .mapToObj(i -> mentorFact(mentors.get(i), i, gate.capacityOf(mentors.get(i)), stated))
                        .toList(),
                excludedPairs(cohortId),
                affinities.pairsOf(cohortId),
                pinned,
                leftOut);
    }

    private static MenteeFact menteeFact(Mentee mentee, int index, CohortChoices stated) {
        return FactMapper.INSTANCE.toFact(mentee, index, stated.rankedBy(mentee.id));
    }

    private static MentorFact mentorFact(Mentor mentor, int index, int capacity, CohortChoices stated) {
        return FactMapper.INSTANCE.toFact(mentor, index, capacity, stated.acceptedBy(mentor.id),
                stated.declinedBy(mentor.id));
    }

    /** The programme's setting; none for a cohort that does not exist, which the caller refuses as not found. */
    static List<String> matchingBases(UUID cohortId) {
        return Programme.<Programme>find("id = (select c.programmeId from Cohort c where c.id = ?1)", cohortId)
                .firstResultOptional().map(programme -> programme.matchingBases).orElse(List.of());
    }

    /** The rules a single pair breaks and its quality, as a run of this cohort would judge it. */
    @Transactional
    public PairVerdict judge(UUID cohortId, Mentee mentee, Mentor mentor) {
        CohortChoices stated = CohortChoices.of(cohortId);
        MenteeFact menteeFact = menteeFact(mentee, 0, stated);
        MentorFact mentorFact = mentorFact(mentor, 0, mentor.capacity, stated);
        PairTable table = PairTable.build(List.of(menteeFact), List.of(mentorFact), policies.policyOf(cohortId),
                excludedPairs(cohortId),
                affinities.pairsOf(cohortId));
        List<HardRule> broken = Arrays.stream(HardRule.values())
                .filter(rule -> table.breaks(rule, menteeFact, mentorFact))
                .toList();
        return new PairVerdict(broken, table.quality(menteeFact, mentorFact));
    }

    /**
     * Display names of the cohort's mentees and mentors, for proposals. Reads the two columns only: a page of
     * proposals should not load every profile of a 10,000-mentee cohort with all its lists.
     */
    @Transactional
    public Map<UUID, String> names(UUID cohortId) {
        Map<UUID, String> names = new HashMap<>();
        for (String entity : List.of("Mentee", "Mentor")) {
            Mentee.getEntityManager()
                    .createQuery("select p.id, p.displayName from " + entity + " p where p.cohortId = :cohort", Object[].class)
                    .setParameter("cohort", cohortId)
                    .getResultStream()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    /** Pairs no run may propose: a coordinator's exclusions and the pairs rejected in review or ended. */
    List<ExcludedPair> excludedPairs(UUID cohortId) {
        List<ExcludedPair> excluded = new ArrayList<>(exclusions.pairsOf(cohortId));
        excluded.addAll(decisions.ruledOut(cohortId));
        return excluded;
    }

    /** SHA-256 over the policy and the facts in their run order: equal hashes mean equal problems. */
    String hash(CohortSnapshot snapshot) {
        try {
            EmployerRule employerRule = snapshot.policy().employerRule();
            byte[] input = canonical.writeValueAsString(new Fingerprinted(snapshot.policy(),
                    employerRule == EmployerRule.DIFFERENT ? null : employerRule,
                    snapshot.policy().attributeCriteria(), snapshot.mentees(),
                    snapshot.mentors(), snapshot.exclusions(), snapshot.affinities(), snapshot.pinned())).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not fingerprint the cohort", e);
        }
    }

    /**
     * Affinities and attribute criteria are left out while there are none, and the employer rule while it is the
     * default DIFFERENT, so
     * cohorts without them keep the hashes they had before.
     */
    private record Fingerprinted(@JsonIgnoreProperties({"employerRule", "attributeCriteria"}) MatchingPolicy policy,
            @JsonInclude(JsonInclude.Include.NON_NULL) EmployerRule employerRule,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AttributeCriterion> attributeCriteria,
            List<MenteeFact> mentees, List<MentorFact> mentors,
            List<ExcludedPair> exclusions, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PairAffinity> affinities,
            Map<UUID, UUID> pinned) {
    }
}

package org.mentormatch.matchrun;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.solver.justification.AffinityJustification;
import org.mentormatch.matching.solver.justification.AttributeJustification;
import org.mentormatch.matching.solver.justification.CriterionJustification;
import org.mentormatch.matching.solver.justification.MentorLoadJustification;
import org.mentormatch.matching.solver.justification.MixQuotaJustification;
import org.mentormatch.matching.solver.justification.PairRuleJustification;
import org.mentormatch.matching.solver.justification.QualityJustification;
import org.mentormatch.matching.solver.justification.UnmatchedJustification;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;

/**
 * A finished run as coordinators read it: one proposal per mentee with the constraints that raised or
 * lowered it (from OptaPlanner's score explanation), then the mentees the run left out with the reason, and
 * the run's quality metrics, which count those left out as unmatched.
 */
record RunReport(List<MatchProposal> proposals, RunMetrics metrics) {

    /** The order of a proposal's reasons: rules, then participation, then quality; the larger effect first. */
    static final Comparator<Reason> STRONGEST_FIRST = Comparator
            .comparing((Reason reason) -> levelRank(reason.level()))
            .thenComparing(reason -> -Math.abs(reason.effect()));

    static RunReport of(UUID runId, MatchPlan plan, ScoreExplanation<MatchPlan, HardMediumSoftLongScore> explanation,
            Map<UUID, UUID> pinned, Map<UUID, Reason> leftOut) {
        Map<MentorFact, List<UUID>> menteesByMentor = new HashMap<>();
        plan.getAssignments().stream().filter(a -> a.getMentor() != null)
                .forEach(a -> menteesByMentor.computeIfAbsent(a.getMentor(), m -> new ArrayList<>()).add(a.getId()));
        Map<UUID, List<Reason>> reasons = reasonsByMentee(explanation, plan, menteesByMentor);
        UnmatchedReasons unmatched = new UnmatchedReasons(plan, menteesByMentor);

        List<MatchProposal> proposals = new ArrayList<>();
        for (MenteeAssignment assignment : plan.getAssignments()) {
            MatchProposal proposal = new MatchProposal();
            proposal.runId = runId;
            proposal.menteeId = assignment.getId();
            List<Reason> why = new ArrayList<>(reasons.getOrDefault(assignment.getId(), List.of()));
            if (assignment.getMentor() == null) {
                why.replaceAll(reason -> reason.constraint().equals(UnmatchedReasons.CONSTRAINT)
                        ? new Reason(reason.constraint(), reason.level(), reason.effect(), unmatched.explain(assignment.getMentee()))
                        : reason);
            } else {
                proposal.mentorId = assignment.getMentor().id();
                proposal.quality = plan.getPairTable().quality(assignment.getMentee(), assignment.getMentor());
            }
            why.sort(STRONGEST_FIRST);
            proposal.reasons = why;
            proposals.add(proposal);
        }
        leftOut.forEach((menteeId, reason) -> {
            MatchProposal proposal = new MatchProposal();
            proposal.runId = runId;
            proposal.menteeId = menteeId;
            proposal.reasons = List.of(reason);
            proposals.add(proposal);
        });
        int changed = (int) proposals.stream()
                .filter(p -> pinned.containsKey(p.menteeId) && !pinned.get(p.menteeId).equals(p.mentorId))
                .count();
        return new RunReport(proposals, metrics(plan, proposals, menteesByMentor, changed));
    }

    private static Map<UUID, List<Reason>> reasonsByMentee(ScoreExplanation<MatchPlan, HardMediumSoftLongScore> explanation,
            MatchPlan plan, Map<MentorFact, List<UUID>> menteesByMentor) {
        Map<UUID, MentorFact> mentorsById = new HashMap<>();
        plan.getMentors().forEach(mentor -> mentorsById.put(mentor.id(), mentor));
        Map<UUID, MenteeAssignment> assignments = new HashMap<>();
        plan.getAssignments().forEach(assignment -> assignments.put(assignment.getId(), assignment));
        Map<UUID, List<Reason>> reasons = new HashMap<>();
        explanation.getConstraintMatchTotalMap().values().forEach(total -> {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                for (UUID menteeId : menteesOf(match.getJustification(), mentorsById, menteesByMentor)) {
                    MenteeAssignment assignment = assignments.get(menteeId);
                    String description = ReasonWriter.describe(match.getJustification(), assignment.getMentee(),
                            assignment.getMentor());
                    reasons.computeIfAbsent(menteeId, id -> new ArrayList<>())
                            .add(reason(total.getConstraintName(), match.getScore(), description));
                }
            }
        });
        return reasons;
    }

    /** Mentor-wide constraints (capacity, balanced load, mix quotas) are reasons for each of that mentor's mentees. */
    private static List<UUID> menteesOf(Object justification, Map<UUID, MentorFact> mentorsById,
            Map<MentorFact, List<UUID>> menteesByMentor) {
        if (justification instanceof CriterionJustification j) {
            return List.of(j.menteeId());
        } else if (justification instanceof PairRuleJustification j) {
            return List.of(j.menteeId());
        } else if (justification instanceof QualityJustification j) {
            return List.of(j.menteeId());
        } else if (justification instanceof AffinityJustification j) {
            return List.of(j.menteeId());
        } else if (justification instanceof AttributeJustification j) {
            return List.of(j.menteeId());
        } else if (justification instanceof UnmatchedJustification j) {
            return List.of(j.menteeId());
        } else if (justification instanceof MentorLoadJustification j) {
            return menteesByMentor.getOrDefault(mentorsById.get(j.mentorId()), List.of());
        } else if (justification instanceof MixQuotaJustification j) {
            return menteesByMentor.getOrDefault(mentorsById.get(j.mentorId()), List.of());
        }
        return List.of();
    }

    private static Reason reason(String constraint, HardMediumSoftLongScore score, String description) {
        if (score.hardScore() != 0) {
            return new Reason(constraint, "HARD", score.hardScore(), description);
        } else if (score.mediumScore() != 0) {
            return new Reason(constraint, "MEDIUM", score.mediumScore(), description);
        }
        return new Reason(constraint, "SOFT", score.softScore(), description);
    }

    private static int levelRank(String level) {
        return switch (level) {
            case "HARD" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }

    private static RunMetrics metrics(MatchPlan plan, List<MatchProposal> proposals,
            Map<MentorFact, List<UUID>> menteesByMentor, int existingPairsChanged) {
        IntSummaryStatistics quality = proposals.stream().filter(p -> p.quality != null)
                .mapToInt(p -> p.quality).summaryStatistics();
        IntSummaryStatistics load = plan.getMentors().stream()
                .mapToInt(mentor -> menteesByMentor.getOrDefault(mentor, List.of()).size()).summaryStatistics();
        int matched = (int) quality.getCount();
        double mean = matched == 0 ? 0 : Math.round(quality.getAverage() * 10) / 10.0;
        return new RunMetrics(matched, proposals.size() - matched, mean, matched == 0 ? null : quality.getMin(),
                load.getCount() == 0 ? 0 : load.getMax() - load.getMin(), -plan.getScore().hardScore(),
                existingPairsChanged);
    }
}

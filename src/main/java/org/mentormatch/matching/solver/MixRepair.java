package org.mentormatch.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.MixQuotaFact;
import org.mentormatch.matching.model.PairTable;

/**
 * Makes the exact phase's assignment keep every MUST mix quota, which the assignment model cannot express (a
 * quota is not a pair cost). For each group over a MUST limit, the unpinned mentees of that value with the lowest
 * pair rewards are unassigned; since a quota is a count against the capacity, removing mentees never breaks
 * another quota, so one pass suffices. Every unmatched unpinned mentee is then placed greedily at the allowed
 * mentor with free room, whose MUST quotas let them in, that gives the best pair; local search improves from there.
 * Soft quotas are left to local search.
 */
final class MixRepair {

    /**
     * What the repair found and did.
     *
     * @param quotasKept true if the exact result already kept every quota (soft ones too): it is then also the
     *                   optimum of the score with quotas, since quotas only ever subtract from it
     * @param removed    mentees taken off an over-quota group
     * @param placed     unmatched mentees placed afterwards
     */
    record Outcome(boolean quotasKept, int removed, int placed) {
    }

    private final MatchPlan plan;
    private final LinearMatchModel model;
    private final List<MixQuotaFact> quotas;
    private final List<MixQuotaFact> hard;
    private final int mentorCount;
    // counts[q][mentor * values + value]: mentees of that value in the mentor's group, for quota q.
    private final int[][] counts;
    private final int[] load;

    private MixRepair(MatchPlan plan, LinearMatchModel model, int[] mentorOf) {
        this.plan = plan;
        this.model = model;
        this.quotas = plan.getMixQuotas();
        this.hard = quotas.stream().filter(MixQuotaFact::isHard).toList();
        this.mentorCount = plan.getMentors().size();
        this.counts = new int[quotas.size()][];
        this.load = new int[mentorCount];
        for (MixQuotaFact quota : quotas) {
            counts[quota.index()] = new int[mentorCount * quota.values().size()];
        }
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] >= 0) {
                add(i, mentorOf[i], 1);
            }
        }
    }

    /** Repairs {@code mentorOf} (each assignment's mentor index, -1 none) in place. */
    static Outcome repair(MatchPlan plan, LinearMatchModel model, int[] mentorOf) {
        if (plan.getMixQuotas().isEmpty()) {
            return new Outcome(true, 0, 0);
        }
        MixRepair repair = new MixRepair(plan, model, mentorOf);
        boolean kept = plan.getMixQuotas().stream().noneMatch(repair::exceeded);
        int removed = kept ? 0 : repair.removeExcess(mentorOf);
        int placed = removed == 0 ? 0 : repair.placeUnmatched(mentorOf);
        return new Outcome(kept, removed, placed);
    }

    private boolean exceeded(MixQuotaFact quota) {
        for (MentorFact mentor : plan.getMentors()) {
            for (int value = 0; value < quota.values().size(); value++) {
                if (quota.excess(mentor, count(quota, mentor.index(), value)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private int removeExcess(int[] mentorOf) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int mentor = 0; mentor < mentorCount; mentor++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] >= 0 && !assignment(i).isPinned()) {
                groups.get(mentorOf[i]).add(i);
            }
        }
        int removed = 0;
        for (MixQuotaFact quota : hard) {
            for (MentorFact mentor : plan.getMentors()) {
                List<Integer> group = groups.get(mentor.index());
                for (int value = 0; value < quota.values().size(); value++) {
                    int excess = quota.excess(mentor, count(quota, mentor.index(), value));
                    if (excess == 0) {
                        continue;
                    }
                    int sharedValue = value;
                    List<Integer> weakestFirst = group.stream()
                            .filter(i -> mentorOf[i] >= 0 && quota.valueOf(assignment(i)) == sharedValue)
                            .sorted(Comparator.comparingLong((Integer i) -> -cost(i, mentor.index())))
                            .limit(excess).toList();
                    for (int i : weakestFirst) {
                        add(i, mentor.index(), -1);
                        mentorOf[i] = -1;
                        removed++;
                    }
                }
            }
        }
        return removed;
    }

    private int placeUnmatched(int[] mentorOf) {
        PairTable table = plan.getPairTable();
        int placed = 0;
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] >= 0 || assignment(i).isPinned()) {
                continue;
            }
            int mentee = assignment(i).getMenteeIndex();
            int best = -1;
            for (MentorFact mentor : plan.getMentors()) {
                int m = mentor.index();
                if (load[m] < mentor.capacity() && table.isAllowed(mentee, m) && quotasLetIn(i, mentor)
                        && (best < 0 || cost(i, m) < cost(i, best))) {
                    best = m;
                }
            }
            if (best >= 0) {
                add(i, best, 1);
                mentorOf[i] = best;
                placed++;
            }
        }
        return placed;
    }

    private boolean quotasLetIn(int i, MentorFact mentor) {
        for (MixQuotaFact quota : hard) {
            int value = quota.valueOf(assignment(i));
            if (value != MixQuotaFact.UNKNOWN && quota.excess(mentor, count(quota, mentor.index(), value) + 1) > 0) {
                return false;
            }
        }
        return true;
    }

    private void add(int i, int mentor, int delta) {
        load[mentor] += delta;
        for (MixQuotaFact quota : quotas) {
            int value = quota.valueOf(assignment(i));
            if (value != MixQuotaFact.UNKNOWN) {
                counts[quota.index()][mentor * quota.values().size() + value] += delta;
            }
        }
    }

    private int count(MixQuotaFact quota, int mentor, int value) {
        return counts[quota.index()][mentor * quota.values().size() + value];
    }

    private long cost(int i, int mentor) {
        return model.pairCost(assignment(i).getMenteeIndex(), mentor);
    }

    private MenteeAssignment assignment(int i) {
        return plan.getAssignments().get(i);
    }
}

package org.mentormatch.matchrun;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentormatch.consent.ConsentBasis;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.Profile;

/**
 * Who a run may match under the programme's {@code matchingBases}: profiles recorded on a listed basis, or all
 * when the programme lists none. A pair a coordinator pinned (accepted, or kept by a repair run) stays, because
 * a person decided it; a mentor kept only for such pairs takes no new mentees.
 */
final class ConsentGate {

    static final String CONSTRAINT = "No allowed consent basis";

    private final List<String> matchingBases;
    private final Map<UUID, UUID> pinned;
    private final Map<UUID, Long> pinnedPerMentor;

    /** @param matchingBases the programme's setting: names of the bases that allow matching, none for all */
    ConsentGate(List<String> matchingBases, Map<UUID, UUID> pinned) {
        this.matchingBases = matchingBases;
        this.pinned = pinned;
        this.pinnedPerMentor = pinned.values().stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    boolean admits(Mentee mentee) {
        return allows(mentee.consentBasis) || pinned.containsKey(mentee.id);
    }

    boolean admits(Mentor mentor) {
        return allows(mentor.consentBasis) || pinnedPerMentor.containsKey(mentor.id);
    }

    /** The mentor's capacity, or for a mentor admitted only for pinned pairs, no more than those pairs. */
    int capacityOf(Mentor mentor) {
        return allows(mentor.consentBasis)
                ? mentor.capacity
                : (int) Math.min(mentor.capacity, pinnedPerMentor.getOrDefault(mentor.id, 0L));
    }

    private boolean allows(ConsentBasis basis) {
        return matchingBases.isEmpty() || basis != null && matchingBases.contains(basis.name());
    }

    /** Why a mentee is not in the run, naming the basis it lacks; in the words of the run's other reasons. */
    Reason reasonFor(Profile mentee) {
        String recorded = mentee.consentBasis == null
                ? "has no consent basis recorded"
                : "is recorded on the basis " + mentee.consentBasis;
        // HARD with no effect: a rule, applied before the solver, so it weighs nothing in the score.
        return new Reason(CONSTRAINT, "HARD", 0,
                "Left out of the run: the programme matches only profiles recorded on %s, and this mentee %s."
                        .formatted(String.join(" or ", matchingBases), recorded));
    }
}

package org.mentormatch.matchrun;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.solver.MatchConstraintProvider;
import org.mentormatch.matching.solver.justification.AffinityJustification;
import org.mentormatch.matching.solver.justification.CriterionJustification;
import org.mentormatch.matching.solver.justification.MentorLoadJustification;
import org.mentormatch.matching.solver.justification.PairRuleJustification;
import org.mentormatch.matching.solver.justification.QualityJustification;

/**
 * Writes a constraint match as a sentence a coordinator can check against the two profiles. It speaks of
 * "the mentee" and "the mentor", never of names or ids: the proposal names them, and stored reasons then hold
 * no personal data that would outlive a profile.
 */
final class ReasonWriter {

    private ReasonWriter() {
    }

    static String describe(Object justification, MenteeFact mentee, MentorFact mentor) {
        if (justification instanceof CriterionJustification j && mentee != null && mentor != null) {
            return criterion(Criterion.fromJsonName(j.criterion()), j.score(), mentee, mentor);
        } else if (justification instanceof QualityJustification j) {
            return "The pair's quality is %d of 100, below a good match (%d): weak pairs weigh extra so that nobody gets a poor match when a better plan exists."
                    .formatted(j.quality(), MatchConstraintProvider.GOOD_MATCH_QUALITY);
        } else if (justification instanceof AffinityJustification j) {
            return "A coordinator rated this pair %+d (on a scale of -100 to +100, from interviews or questionnaires)."
                    .formatted(j.score());
        } else if (justification instanceof MentorLoadJustification j) {
            return "The mentor takes %d mentees (capacity %d).".formatted(j.mentees(), j.capacity());
        } else if (justification instanceof PairRuleJustification j) {
            return j.description();
        }
        return "";
    }

    private static String criterion(Criterion criterion, int score, MenteeFact mentee, MentorFact mentor) {
        return switch (criterion) {
            case FIELD_CLOSENESS -> "Occupation codes %s and %s share %d of 4 digits.".formatted(
                    mentee.field(), mentor.field(), score / 25);
            case PREFERRED_FIELDS -> mentee.preferredFields().isEmpty()
                    ? "The mentee named no preferred field, so any field counts as half a match."
                    : "The mentor's field %s %s the mentee's wish (%s).".formatted(mentor.field(),
                            score == 100 ? "matches" : "does not match", join(mentee.preferredFields()));
            case QUALIFICATION_FIT -> "Mentor: education level %s, %s years of experience; mentee: %s, %s years."
                    .formatted(known(mentor.educationLevel()), known(mentor.yearsOfExperience()),
                            known(mentee.educationLevel()), known(mentee.yearsOfExperience()));
            case SHARED_INTERESTS -> "They share these interests: %s.".formatted(shared(mentee.interests(), mentor.interests()));
            case SHARED_SKILLS -> "They share these skills: %s.".formatted(shared(mentee.skills(), mentor.skills()));
            case MARKETS -> mentee.homeCountry() == null
                    ? "The mentee's home country is not known."
                    : "The mentor's markets (%s) %s the mentee's home country %s.".formatted(join(mentor.markets()),
                            score == 100 ? "include" : "do not include", mentee.homeCountry());
            case LOCATION -> "Mentee in %s (%s), mentor in %s (%s).%s".formatted(known(mentee.region()),
                    switch (mentee.meetingMode()) {
                        case IN_PERSON -> "wants to meet in person";
                        case ONLINE -> "wants to meet online";
                        case EITHER -> "meets in person or online";
                    },
                    known(mentor.region()), mentor.remoteOk() ? "also meets online" : "meets in person only",
                    onlineCountedAsLocal(score, mentee, mentor)
                            ? " The policy counts meeting online as meeting locally." : "");
            case PREFERRED_LANGUAGES -> mentee.preferredLanguages().isEmpty()
                    ? "The mentee named no preferred language, so any shared language counts as half a match."
                    : "Languages the mentee prefers (%s); the mentor speaks %s.".formatted(
                            join(mentee.preferredLanguages()), join(mentor.languages()));
            case FAIRNESS, BALANCED_LOAD -> criterion.label() + ".";
        };
    }

    /**
     * A full location grade for a mentee who wants to meet in person, away from the mentor's region, can only come
     * from the policy's onlineCountsAsLocal; the reason says so rather than leave the grade unexplained.
     */
    private static boolean onlineCountedAsLocal(int score, MenteeFact mentee, MentorFact mentor) {
        return score == 100 && mentor.remoteOk() && mentee.meetingMode() == MeetingMode.IN_PERSON
                && (mentee.region() == null || !mentee.region().equalsIgnoreCase(mentor.region()));
    }

    private static String shared(List<String> mine, List<String> theirs) {
        List<String> common = mine.stream()
                .filter(value -> theirs.stream().anyMatch(other -> other.equalsIgnoreCase(value)))
                .toList();
        return common.isEmpty() ? "none" : join(common);
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? "none" : values.stream().collect(Collectors.joining(", "));
    }

    private static String known(Object value) {
        return Objects.toString(value, "unknown");
    }
}

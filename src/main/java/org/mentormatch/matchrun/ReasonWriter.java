package org.mentormatch.matchrun;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.policy.AttributeCompare;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.solver.MatchConstraintProvider;
import org.mentormatch.matching.solver.justification.AffinityJustification;
import org.mentormatch.matching.solver.justification.AttributeJustification;
import org.mentormatch.matching.solver.justification.CriterionJustification;
import org.mentormatch.matching.solver.justification.MentorLoadJustification;
import org.mentormatch.matching.solver.justification.MixQuotaJustification;
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
        } else if (justification instanceof AttributeJustification j && mentee != null && mentor != null) {
            return j.criteria().stream().map(scored -> attribute(scored, mentee, mentor))
                    .collect(Collectors.joining(" "));
        } else if (justification instanceof PairRuleJustification j) {
            return j.description();
        } else if (justification instanceof MixQuotaJustification j) {
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
            case STATED_PREFERENCES -> statedPreference(mentee, mentor);
            case FAIRNESS, BALANCED_LOAD -> criterion.label() + ".";
        };
    }

    /** "Same posting phase: ABROAD." when met on one value, else both sides' values: the label is the programme's. */
    private static String attribute(AttributeJustification.Scored scored, MenteeFact mentee, MentorFact mentor) {
        AttributeCriterion criterion = scored.criterion();
        Object menteeValue = mentee.attributes().get(criterion.key());
        Object mentorValue = mentor.attributes().get(criterion.key());
        if (scored.score() == 100 && criterion.compare() == AttributeCompare.SAME) {
            return "%s: %s.".formatted(criterion.name(), value(menteeValue));
        }
        if (scored.score() > 0 && criterion.compare() == AttributeCompare.OVERLAP
                && menteeValue instanceof List<?> mine && mentorValue instanceof List<?> theirs) {
            return "%s: %s.".formatted(criterion.name(),
                    join(mine.stream().filter(theirs::contains).map(String::valueOf).toList()));
        }
        String verdict = menteeValue == null || mentorValue == null ? "not known" : scored.score() == 100 ? "met" : "not met";
        return "%s: %s (mentee %s, mentor %s).".formatted(criterion.name(), verdict, value(menteeValue), value(mentorValue));
    }

    private static String value(Object value) {
        if (value instanceof List<?> list) {
            return join(list.stream().map(String::valueOf).toList());
        }
        return value == null ? "unknown" : value instanceof Boolean yes ? (yes ? "yes" : "no") : String.valueOf(value);
    }

    /**
     * A full location grade for a mentee who wants to meet in person, away from the mentor's region, can only come
     * from the policy's onlineCountsAsLocal; the reason says so rather than leave the grade unexplained.
     */
    private static boolean onlineCountedAsLocal(int score, MenteeFact mentee, MentorFact mentor) {
        return score == 100 && mentor.remoteOk() && mentee.meetingMode() == MeetingMode.IN_PERSON
                && (mentee.region() == null || !mentee.region().equalsIgnoreCase(mentor.region()));
    }

    private static String statedPreference(MenteeFact mentee, MentorFact mentor) {
        if (mentor.declinedMentees().contains(mentee.id())) {
            return "The mentor declined this mentee.";
        }
        if (mentor.refuses(mentee.id())) {
            return "The mentor named the mentees they accept, and this mentee is not among them.";
        }
        String accepted = mentor.acceptedMentees().contains(mentee.id()) ? "; the mentor accepted them" : "";
        int rank = mentee.rankOf(mentor.id());
        if (rank > 0) {
            return "The mentee ranked this mentor %s of %d%s.".formatted(ordinal(rank), mentee.rankedMentors().size(),
                    accepted);
        }
        return mentee.rankedMentors().isEmpty()
                ? "The mentee ranked no mentor, so any mentor counts as half a match%s.".formatted(accepted)
                : mentee.rankedMentors().size() == 1
                        ? "The mentee ranked another mentor, not this one%s.".formatted(accepted)
                        : "The mentee ranked %d other mentors, not this one%s.".formatted(mentee.rankedMentors().size(),
                                accepted);
    }

    /** 1st, 2nd, 3rd, 4th…: a ranking holds at most 10 mentors, so 11th–13th and 21st never arise. */
    static String ordinal(int rank) {
        return rank + switch (rank) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
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

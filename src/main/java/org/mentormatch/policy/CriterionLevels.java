package org.mentormatch.policy;

import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;

/**
 * The level of every criterion, one named field each so that generated clients are typed and a misspelt
 * criterion is rejected as an unknown field. A criterion left out keeps its default level.
 */
@Schema(name = "CriterionLevels", description = "How much each criterion matters: MUST (a hard rule), HIGH, MEDIUM, LOW or OFF")
public record CriterionLevels(
        @Schema(description = "Mentor and mentee share a professional field (ISCO-08 code prefix)") Level fieldCloseness,
        @Schema(description = "The mentor works in a field the mentee asked for") Level preferredFields,
        @Schema(description = "The mentor's education and experience match or exceed the mentee's") Level qualificationFit,
        @Schema(description = "They share interests") Level sharedInterests,
        @Schema(description = "They share skills") Level sharedSkills,
        @Schema(description = "The mentor's markets include the mentee's home country") Level markets,
        @Schema(description = "Same region, or both fine with meeting online (any mentor meeting online, with onlineCountsAsLocal)") Level location,
        @Schema(description = "They share a language the mentee prefers") Level preferredLanguages,
        @Schema(description = "The mentee ranked the mentor (rank 1 counts most) and the mentor did not decline them "
                + "(PUT …/preferences). MUST allows only pairs the mentor did not decline, and accepted if they "
                + "listed whom they accept, and, for a mentee who ranked, only mentors they ranked. OFF by default")
        Level statedPreferences,
        @Schema(description = "Protect the worst-off mentee: weak pairs cost more than strong pairs gain (not MUST)") Level fairness,
        @Schema(description = "Spread mentees across mentors who take several (not MUST)") Level balancedLoad) {

    static CriterionLevels of(Map<Criterion, Level> levels) {
        return new CriterionLevels(levels.get(Criterion.FIELD_CLOSENESS), levels.get(Criterion.PREFERRED_FIELDS),
                levels.get(Criterion.QUALIFICATION_FIT), levels.get(Criterion.SHARED_INTERESTS),
                levels.get(Criterion.SHARED_SKILLS), levels.get(Criterion.MARKETS), levels.get(Criterion.LOCATION),
                levels.get(Criterion.PREFERRED_LANGUAGES), levels.get(Criterion.STATED_PREFERENCES),
                levels.get(Criterion.FAIRNESS),
                levels.get(Criterion.BALANCED_LOAD));
    }

    /** The levels given, over the defaults for those left out. */
    Map<Criterion, Level> over(Map<Criterion, Level> defaults) {
        Map<Criterion, Level> levels = new EnumMap<>(defaults);
        put(levels, Criterion.FIELD_CLOSENESS, fieldCloseness);
        put(levels, Criterion.PREFERRED_FIELDS, preferredFields);
        put(levels, Criterion.QUALIFICATION_FIT, qualificationFit);
        put(levels, Criterion.SHARED_INTERESTS, sharedInterests);
        put(levels, Criterion.SHARED_SKILLS, sharedSkills);
        put(levels, Criterion.MARKETS, markets);
        put(levels, Criterion.LOCATION, location);
        put(levels, Criterion.PREFERRED_LANGUAGES, preferredLanguages);
        put(levels, Criterion.STATED_PREFERENCES, statedPreferences);
        put(levels, Criterion.FAIRNESS, fairness);
        put(levels, Criterion.BALANCED_LOAD, balancedLoad);
        return levels;
    }

    private static void put(Map<Criterion, Level> levels, Criterion criterion, Level level) {
        if (level != null) {
            levels.put(criterion, level);
        }
    }
}

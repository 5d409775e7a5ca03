package org.mentormatch.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;

/**
 * The constraints a policy leaves with nothing to count: criteria at OFF, the attribute constraint without
 * attribute criteria, the quota constraints without quotas of their kind. Bavet builds nodes only for the
 * constraints a provider returns, and every node costs each move, so a run leaves these out
 * ({@link MatchConstraintProvider#setLeftOut}); the score is the same, as they could never match.
 */
public final class InertConstraints {

    /** The constraint provider's property that names them, comma-separated. */
    static final String PROPERTY = "leftOut";

    private InertConstraints() {
    }

    /** Their names under {@code policy}. */
    public static List<String> under(MatchingPolicy policy) {
        List<String> inert = new ArrayList<>();
        policy.levels().forEach((criterion, level) -> {
            if (level == Level.OFF) {
                inert.add(criterion.label());
            }
        });
        if (policy.attributeCriteria().stream().allMatch(criterion -> criterion.level() == Level.OFF)) {
            inert.add(PlanConstraint.PROGRAMME_ATTRIBUTE.constraintName());
        }
        List<MixQuota> quotas = policy.mix().stream().filter(quota -> quota.level() != Level.OFF).toList();
        if (quotas.stream().noneMatch(quota -> quota.level().isRequired())) {
            inert.add(PlanConstraint.MIX_QUOTA.constraintName());
        }
        if (quotas.stream().allMatch(quota -> quota.level().isRequired())) {
            inert.add(PlanConstraint.PREFERRED_MIX.constraintName());
        }
        return inert;
    }

    /** A copy of {@code config} whose constraint provider leaves out what {@code policy} makes inert. */
    public static ScoreDirectorFactoryConfig leftOutOf(ScoreDirectorFactoryConfig config, MatchingPolicy policy) {
        ScoreDirectorFactoryConfig copy = config.copyConfig();
        copy.setConstraintProviderCustomProperties(Map.of(PROPERTY, String.join(",", under(policy))));
        return copy;
    }
}

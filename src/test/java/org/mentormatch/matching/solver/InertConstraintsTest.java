package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.optaplanner.constraint.streams.common.AbstractConstraintStreamScoreDirectorFactory;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** A run builds no constraint its policy leaves nothing to count, and keeps every other. */
class InertConstraintsTest {

    @Test
    void shouldNameTheOffCriteriaAndTheAbsentAttributeAndQuotaConstraints() {
        assertThat(InertConstraints.under(MatchingPolicy.defaults())).containsExactlyInAnyOrder(
                Criterion.STATED_PREFERENCES.label(), PlanConstraint.PROGRAMME_ATTRIBUTE.constraintName(),
                PlanConstraint.MIX_QUOTA.constraintName(), PlanConstraint.PREFERRED_MIX.constraintName());

        MatchingPolicy quotas = MatchingPolicy.defaults().with(Criterion.FAIRNESS, Level.OFF)
                .withMix(List.of(new MixQuota(MixQuota.HOME_COUNTRY, new BigDecimal("0.5"), Level.MUST)));
        assertThat(InertConstraints.under(quotas)).contains(Criterion.FAIRNESS.label(),
                PlanConstraint.PREFERRED_MIX.constraintName()).doesNotContain(PlanConstraint.MIX_QUOTA.constraintName());
    }

    @Test
    void shouldLeaveThemOutOfTheSolversConstraints() {
        SolverConfig config = GeneratedPlans.solverConfig(new TerminationConfig().withStepCountLimit(1));
        Set<String> all = constraintsOf(config);

        config.setScoreDirectorFactoryConfig(
                InertConstraints.leftOutOf(config.getScoreDirectorFactoryConfig(), MatchingPolicy.defaults()));

        assertThat(constraintsOf(config)).isEqualTo(all.stream()
                .filter(name -> !InertConstraints.under(MatchingPolicy.defaults()).contains(name))
                .collect(Collectors.toSet()));
        assertThat(all).containsAll(InertConstraints.under(MatchingPolicy.defaults()));
    }

    private static Set<String> constraintsOf(SolverConfig config) {
        var factory = (DefaultSolverFactory<MatchPlan>) SolverFactory.<MatchPlan>create(config);
        var streams = (AbstractConstraintStreamScoreDirectorFactory<MatchPlan, ?>) factory.getScoreDirectorFactory();
        return Arrays.stream(streams.getConstraints()).map(Constraint::getConstraintName).collect(Collectors.toSet());
    }
}

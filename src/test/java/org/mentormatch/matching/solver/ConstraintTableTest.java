package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MatchPlan;
import org.optaplanner.constraint.streams.common.AbstractConstraintStreamScoreDirectorFactory;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** The README's constraint table is written from the definitions, and lists exactly the constraints there are. */
class ConstraintTableTest {

    @Test
    void shouldListEveryConstraintTheSolverDefinesAndNoOther() {
        // An explanation names only the constraints that matched, so ask the score director factory for all.
        var factory = (DefaultSolverFactory<MatchPlan>) SolverFactory.<MatchPlan>create(
                GeneratedPlans.solverConfig(new TerminationConfig().withStepCountLimit(1)));
        var streams = (AbstractConstraintStreamScoreDirectorFactory<MatchPlan, ?>) factory.getScoreDirectorFactory();
        Set<String> defined = Arrays.stream(streams.getConstraints()).map(Constraint::getConstraintName)
                .collect(Collectors.toSet());

        Set<String> listed = ConstraintTable.rows().stream().map(ConstraintTable.Row::name).collect(Collectors.toSet());

        assertThat(listed).hasSize(ConstraintTable.rows().size()).isEqualTo(defined);
    }

    @Test
    void shouldBeWhatTheReadmeShows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).as("README.md's constraint table; paste ConstraintTable.markdown() there")
                .contains(ConstraintTable.markdown());
    }
}

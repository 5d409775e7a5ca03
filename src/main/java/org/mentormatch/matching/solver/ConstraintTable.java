package org.mentormatch.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mentormatch.matching.model.HardRule;
import org.mentormatch.matching.policy.Criterion;

/**
 * Every constraint of {@link MatchConstraintProvider} as one row, written from the definitions the constraints
 * take their names from, in the order the README's table lists them: hard, then medium, then soft. The README
 * holds {@link #markdown()} verbatim, and a test keeps it so.
 */
public final class ConstraintTable {

    /** One constraint: its name as reasons show it, its score level and what it means. */
    public record Row(String name, String level, String meaning) {
    }

    private ConstraintTable() {
    }

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(row(PlanConstraint.MENTOR_CAPACITY));
        Arrays.stream(HardRule.values())
                .forEach(rule -> rows.add(new Row(rule.constraintName(), "hard", rule.meaning())));
        rows.add(row(PlanConstraint.MIX_QUOTA));
        rows.add(row(PlanConstraint.MENTEE_LEFT_UNMATCHED));
        Arrays.stream(Criterion.values()).filter(Criterion::isPairCriterion).forEach(c -> rows.add(row(c)));
        rows.add(row(PlanConstraint.PROGRAMME_ATTRIBUTE));
        rows.add(row(PlanConstraint.COORDINATOR_AFFINITY));
        Arrays.stream(Criterion.values()).filter(c -> !c.isPairCriterion()).forEach(c -> rows.add(row(c)));
        rows.add(row(PlanConstraint.PREFERRED_MIX));
        return rows;
    }

    /** The table in Markdown, header included, one line per row. */
    public static String markdown() {
        return "| Name | Level | What it means |\n|---|---|---|\n" + rows().stream()
                .map(row -> "| %s | %s | %s |".formatted(row.name(), row.level(), row.meaning()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Row row(PlanConstraint constraint) {
        return new Row(constraint.constraintName(), constraint.level(), constraint.meaning());
    }

    private static Row row(Criterion criterion) {
        return new Row(criterion.label(), "soft", criterion.meaning());
    }
}

package org.mentormatch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.solver.AssignmentProblem;
import org.mentormatch.matching.solver.ExactAssignment;
import org.mentormatch.matching.solver.ExactAssignmentPhase;
import org.mentormatch.matching.solver.GeneratedPlans;
import org.mentormatch.matching.solver.InertConstraints;
import org.mentormatch.matching.solver.LinearMatchModel;
import org.mentormatch.matching.solver.ShortestAugmentingPath;
import org.mentormatch.matchrun.DemoPlans;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Greedy (best pair first), plain OptaPlanner (default construction heuristic + local search) and our engine (exact
 * phase + local search) side by side, on OR-Library files, the synthetic cohorts with proven optima, and generated
 * cohorts. Lives in the test sources: it needs the test generator and must not ship in the service jar.
 * <p>
 * Options: {@code --orlib=FILE,...} (any file of the OR-Library assign format) and {@code --synthetic=DIR}
 * (reads cohort-*-pairs.csv): greedy and exact, {@code --generated=100,1000,10000}, {@code --demo=10000} (the demo
 * cohort of that many mentees and 7/10 as many mentors, seed 3, default policy: what the load benchmark runs through
 * the service, with fewer places than mentees), {@code --seconds=N} (OptaPlanner time per run;
 * default 10 up to 1,000 mentees and 60 above), {@code --methods=greedy,exact,
 * optaplanner,engine} ({@code --methods=table}: only build the demo or generated cohorts' pair tables), {@code --seed=N}.
 * One line per instance and method.
 */
public final class MatchBenchmark {

    private static final long NONE = Long.MIN_VALUE;

    private final Map<String, String> options;
    private final List<String> methods;

    private MatchBenchmark(Map<String, String> options) {
        this.options = options;
        this.methods = List.of(options.getOrDefault("methods", "greedy,exact,optaplanner,engine").split(","));
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Arrays.stream(args).map(arg -> arg.replaceFirst("^--", "").split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : "true"));
        new MatchBenchmark(options).run();
    }

    private void run() throws IOException {
        Map<String, Long> optima = orLibraryOptima();
        for (String file : list("orlib")) {
            OrLibraryInstance instance = OrLibraryInstance.read(Path.of(file));
            generic(instance.name(), instance.problem(), optima.getOrDefault(instance.name(), NONE), false);
        }
        if (options.containsKey("synthetic")) {
            Path directory = Path.of(options.get("synthetic"));
            Map<String, Long> known = Map.of("cohort-200x80", 16_757L, "cohort-1000x400", 97_313L);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path pairs : files.filter(f -> f.toString().endsWith("-pairs.csv")).sorted().toList()) {
                    String prefix = pairs.getFileName().toString().replace("-pairs.csv", "");
                    SyntheticCohort cohort = SyntheticCohort.read(directory, prefix);
                    generic(prefix, cohort.problem(), known.getOrDefault(prefix, NONE), true);
                }
            }
        }
        for (String size : list("generated")) {
            generated(Integer.parseInt(size.strip()), Long.parseLong(options.getOrDefault("seed", "1")));
        }
        for (String size : list("demo")) {
            demo(Integer.parseInt(size.strip()));
        }
    }

    private List<String> list(String option) {
        String value = options.get(option);
        return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
    }

    private long seconds(int size) {
        return Long.parseLong(options.getOrDefault("seconds", size <= 1_000 ? "10" : "60"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // OR-Library files and synthetic cohorts: minimise cost (OR-Library) or maximise score (synthetic, printed so)

    private void generic(String name, AssignmentProblem problem, long optimum, boolean maximise) {
        if (methods.contains("greedy")) {
            long start = System.nanoTime();
            int[] columnOf = greedy(problem);
            printGeneric(name, "greedy", problem, columnOf, optimum, maximise, start, null);
        }
        if (methods.contains("exact")) {
            long start = System.nanoTime();
            ExactAssignment.Solution solution = new ShortestAugmentingPath().solve(problem);
            printGeneric(name, "exact", problem, solution.columnOf(), optimum, maximise, start, null);
        }
        // Plain OptaPlanner and the engine need an OptaPlanner model of these files; a second @PlanningSolution in
        // the test sources breaks @QuarkusTest's domain discovery, so this benchmark runs them on cohorts only.
    }

    /** Best pair first: all allowed pairs by cost, each taken if its row is free and its column has room. */
    static int[] greedy(AssignmentProblem problem) {
        Integer[] arcs = new Integer[problem.rowStart()[problem.rows()]];
        int[] rowOf = new int[arcs.length];
        for (int row = 0; row < problem.rows(); row++) {
            for (int arc = problem.rowStart()[row]; arc < problem.rowStart()[row + 1]; arc++) {
                arcs[arc] = arc;
                rowOf[arc] = row;
            }
        }
        Arrays.sort(arcs, Comparator.comparingLong(arc -> problem.arcCost()[arc]));
        int[] columnOf = new int[problem.rows()];
        Arrays.fill(columnOf, -1);
        int[] load = new int[problem.columns()];
        for (int arc : arcs) {
            int column = problem.arcColumn()[arc];
            if (columnOf[rowOf[arc]] < 0 && load[column] < problem.capacity(column)) {
                columnOf[rowOf[arc]] = column;
                load[column]++;
            }
        }
        return columnOf;
    }

    private void printGeneric(String name, String method, AssignmentProblem problem, int[] columnOf, long optimum,
            boolean maximise, long start, String extra) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long cost = 0;
        int unassigned = 0;
        ArcTable arcs = new ArcTable(problem);
        for (int row = 0; row < columnOf.length; row++) {
            if (columnOf[row] < 0) {
                unassigned++;
            } else {
                cost += arcs.cost(arcs.arc(row, columnOf[row]));
            }
        }
        long value = maximise ? -cost : cost;
        print(name, method, problem.rows(), (maximise ? "unmatched=" + unassigned + " " : "")
                + (unassigned > 0 && !maximise ? "infeasible_unassigned=" + unassigned + " " : "") + "cost_or_score="
                + value, optimum, unassigned > 0 && !maximise ? Double.POSITIVE_INFINITY
                        : gap(value, optimum, maximise), seconds, extra);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generated cohorts with every rule on, scored with the real constraints

    private void generated(int mentees, long seed) {
        long start = System.nanoTime();
        // Every kind of rule: exclusions, a MUST criterion, employer/language/field rules (always on), pinned pairs.
        MatchingPolicy policy = MatchingPolicy.defaults().with(Criterion.QUALIFICATION_FIT, Level.MUST);
        MatchPlan problem = GeneratedPlans.plan(mentees, mentees * 7 / 10, 3, seed, policy, 0.002, 0.01);
        String name = "generated-" + mentees;
        System.out.printf("instance=%s setup: %d mentors, pair table built in %.1f s%n", name,
                problem.getMentors().size(), (System.nanoTime() - start) / 1e9);
        if (!methods.equals(List.of("table"))) {
            compare(name, problem, mentees);
        }
    }

    /** The load benchmark's demo cohort, seed 3; the time printed is the pair table's alone, as a run builds it. */
    private void demo(int mentees) {
        DemoPlans.Facts facts = DemoPlans.facts(mentees, mentees * 7 / 10, 3);
        long start = System.nanoTime();
        MatchPlan problem = facts.plan();
        String name = "demo-" + mentees;
        System.out.printf("instance=%s setup: %d mentors, pair table built in %.1f s%n", name,
                problem.getMentors().size(), (System.nanoTime() - start) / 1e9);
        if (!methods.equals(List.of("table"))) {
            compare(name, problem, mentees);
        }
    }

    /** The exact optimum, then each method asked for, scored with the real constraints. */
    private void compare(String name, MatchPlan problem, int mentees) {
        long seconds = seconds(mentees);
        SolverFactory<MatchPlan> scoring = SolverFactory.create(config(MatchPlan.class, MenteeAssignment.class,
                org.mentormatch.matching.solver.MatchConstraintProvider.class, seconds));
        SolutionManager<MatchPlan, HardMediumSoftLongScore> scores = SolutionManager.create(scoring);

        long boundStart = System.nanoTime();
        LinearMatchModel model = new LinearMatchModel(problem);
        LinearMatchModel.Result linear = model.solve(new ShortestAugmentingPath(), mentees * 700L > 4_000_000 ? 96 : 0,
                5, problem);
        MatchPlan bound = withMentors(problem, linear.mentorOf());
        HardMediumSoftLongScore optimum = scores.update(bound);
        if (methods.contains("exact")) {
            print(name, "exact", mentees, describe(optimum), optimum.softScore(), 0, (System.nanoTime() - boundStart)
                    / 1e9, "arcs=%d pricing_rounds=%d proven_optimal=%s".formatted(linear.arcs(),
                            linear.pricingRounds(), linear.provenOptimal()));
        }
        if (methods.contains("greedy")) {
            long greedyStart = System.nanoTime();
            MatchPlan greedy = withMentors(problem, greedyMentors(problem, model));
            HardMediumSoftLongScore score = scores.update(greedy);
            print(name, "greedy", mentees, describe(score), optimum.softScore(), gap(score, optimum),
                    (System.nanoTime() - greedyStart) / 1e9, null);
        }
        for (String method : List.of("optaplanner", "engine")) {
            if (!methods.contains(method)) {
                continue;
            }
            long solveStart = System.nanoTime();
            SolverConfig config = config(MatchPlan.class, MenteeAssignment.class,
                    org.mentormatch.matching.solver.MatchConstraintProvider.class, seconds,
                    method.equals("engine") ? new CustomPhaseConfig().withCustomPhaseCommands(new ExactAssignmentPhase())
                            : new ConstructionHeuristicPhaseConfig());
            // As a run does, without the constraints the policy leaves nothing to count.
            config.setScoreDirectorFactoryConfig(InertConstraints.leftOutOf(config.getScoreDirectorFactoryConfig(),
                    problem.getPairTable().policy()));
            Solver<MatchPlan> solver = SolverFactory.<MatchPlan>create(config).buildSolver();
            MatchPlan solved = solver.solve(fresh(problem));
            HardMediumSoftLongScore score = solved.getScore();
            print(name, method, mentees, describe(score), optimum.softScore(), gap(score, optimum),
                    (System.nanoTime() - solveStart) / 1e9, speed(solver));
        }
    }

    /**
     * Best pair first by the linear pair cost, ignoring the load penalty. Without listing all pairs (40 M at
     * 10,000 mentees): a queue of each mentee's best pair with room, re-priced when its mentor has filled up.
     */
    private static int[] greedyMentors(MatchPlan plan, LinearMatchModel model) {
        List<MentorFact> mentors = plan.getMentors();
        List<MenteeAssignment> assignments = plan.getAssignments();
        int[] mentorOf = assignments.stream().mapToInt(a -> a.getMentor() == null ? -1 : a.getMentor().index())
                .toArray();
        int[] left = mentors.stream().mapToInt(MentorFact::capacity).toArray();
        assignments.stream().filter(a -> a.isPinned() && a.getMentor() != null)
                .forEach(a -> left[a.getMentor().index()]--);
        java.util.PriorityQueue<long[]> queue = new java.util.PriorityQueue<>(Comparator.comparingLong(e -> e[0]));
        for (int i = 0; i < assignments.size(); i++) {
            if (!assignments.get(i).isPinned()) {
                offerBest(queue, i, assignments.get(i).getMenteeIndex(), plan, model, left);
            }
        }
        while (!queue.isEmpty()) {
            long[] best = queue.poll();
            int i = (int) best[1];
            int mentor = (int) best[2];
            if (left[mentor] > 0) {
                mentorOf[i] = mentor;
                left[mentor]--;
            } else {
                offerBest(queue, i, assignments.get(i).getMenteeIndex(), plan, model, left);
            }
        }
        return mentorOf;
    }

    private static void offerBest(java.util.PriorityQueue<long[]> queue, int i, int mentee, MatchPlan plan,
            LinearMatchModel model, int[] left) {
        long bestCost = Long.MAX_VALUE;
        int bestMentor = -1;
        for (int mentor = 0; mentor < left.length; mentor++) {
            if (left[mentor] > 0 && plan.getPairTable().isAllowed(mentee, mentor)) {
                long cost = model.pairCost(mentee, mentor);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestMentor = mentor;
                }
            }
        }
        if (bestMentor >= 0) {
            queue.add(new long[] {bestCost, i, bestMentor});
        }
    }

    private static MatchPlan fresh(MatchPlan plan) {
        return withMentors(plan, plan.getAssignments().stream()
                .mapToInt(a -> a.isPinned() && a.getMentor() != null ? a.getMentor().index() : -1).toArray());
    }

    private static MatchPlan withMentors(MatchPlan plan, int[] mentorOf) {
        List<MenteeAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < mentorOf.length; i++) {
            MenteeAssignment original = plan.getAssignments().get(i);
            assignments.add(new MenteeAssignment(original.getMentee(),
                    mentorOf[i] < 0 ? null : plan.getMentors().get(mentorOf[i]), original.isPinned()));
        }
        return new MatchPlan(plan.getPairTable(), plan.getMentors(), assignments);
    }

    private static String describe(HardMediumSoftLongScore score) {
        // A negative init score: the construction heuristic did not finish, and unmatched counts the unassigned.
        return "%shard=%d unmatched=%d cost_or_score=%d".formatted(
                score.isSolutionInitialized() ? "" : "init=" + score.initScore() + " ", score.hardScore(),
                -score.mediumScore(), score.softScore());
    }

    /** Gap in soft score to the linear optimum; with more unmatched mentees than it, the gap is reported as 100. */
    private static double gap(HardMediumSoftLongScore score, HardMediumSoftLongScore optimum) {
        if (!score.isSolutionInitialized() || score.hardScore() < 0 || score.mediumScore() < optimum.mediumScore()) {
            return 100;
        }
        return gap(score.softScore(), optimum.softScore(), true);
    }

    private static double gap(long value, long optimum, boolean maximise) {
        if (optimum == NONE) {
            return Double.NaN;
        }
        return 100.0 * (maximise ? optimum - value : value - optimum) / Math.max(1, Math.abs(optimum));
    }

    private static String speed(Solver<?> solver) {
        return "score_calc_per_s=" + ((DefaultSolver<?>) solver).getSolverScope().getScoreCalculationSpeed();
    }

    private static void print(String name, String method, int n, String value, long optimum, double gap,
            double seconds, String extra) {
        Runtime runtime = Runtime.getRuntime();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20);
        System.out.printf("instance=%s method=%s n=%d %s optimum=%s gap_pct=%.3f seconds=%.3f heap_mb=%d%s%n", name,
                method, n, value, optimum == NONE ? "?" : Long.toString(optimum), gap, seconds, heap,
                extra == null ? "" : " " + extra);
    }

    private static SolverConfig config(Class<?> solution, Class<?> entity,
            Class<? extends org.optaplanner.core.api.score.stream.ConstraintProvider> constraints, long seconds,
            PhaseConfig<?>... construction) {
        SolverConfig config = new SolverConfig().withSolutionClass(solution).withEntityClasses(entity)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig().withConstraintProviderClass(constraints)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE).withRandomSeed(0L)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        if (construction.length > 0) {
            config.setPhaseConfigList(List.of(construction[0], new LocalSearchPhaseConfig()));
        }
        return config;
    }

    private static Map<String, Long> orLibraryOptima() {
        return Map.ofEntries(Map.entry("assign100", 305L), Map.entry("assign200", 475L), Map.entry("assign300", 626L),
                Map.entry("assign400", 804L), Map.entry("assign500", 991L), Map.entry("assign600", 1176L),
                Map.entry("assign700", 1362L), Map.entry("assign800", 1552L), Map.entry("assignp800", 2239L),
                Map.entry("assignp1500", 5839L), Map.entry("assignp3000", 18696L),
                Map.entry("assignp5000", 48533L));
    }
}

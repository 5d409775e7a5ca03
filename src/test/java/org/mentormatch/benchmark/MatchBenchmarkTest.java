package org.mentormatch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Maven entry points for {@link MatchBenchmark}. The full run is a measurement, excluded from the normal build:
 * {@code ./mvnw -B -o test -Dcodegen.skip=true -Dexcluded.test.groups=none -Dgroups=benchmark
 * -Dtest=MatchBenchmarkTest -DargLine=-Xmx2g -Dbenchmark.args="--orlib=... --generated=100,1000,10000"}.
 * The smoke test runs in every build on the smallest instances.
 */
class MatchBenchmarkTest {

    private static final Path DATA = Path.of(System.getProperty("mentormatch.data", "../shared/data"));

    @Test
    @Tag("benchmark")
    void run() throws Exception {
        MatchBenchmark.main(System.getProperty("benchmark.args", "").trim().split("\\s+"));
    }

    @Test
    void shouldPrintOneLinePerInstanceAndMethod() throws Exception {
        Path assign100 = DATA.resolve("orlib-assign/assign100.txt");
        assumeTrue(Files.exists(assign100), "OR-Library data not present at " + assign100);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            MatchBenchmark.main(new String[] {"--orlib=" + assign100, "--generated=60", "--seconds=1",
                    "--methods=greedy,exact,engine"});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);

        assertThat(output).contains("instance=assign100 method=exact n=100 cost_or_score=305 optimum=305 gap_pct=0.000")
                .contains("instance=assign100 method=greedy n=100")
                .contains("instance=generated-60 method=engine n=60 hard=0")
                .containsPattern("instance=generated-60 method=engine .* gap_pct=0\\.000");
    }
}

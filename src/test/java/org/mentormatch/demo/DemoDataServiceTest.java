package org.mentormatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plain JUnit: outside development the service refuses before it looks at the cohort. */
class DemoDataServiceTest {

    @Test
    void shouldAnswer404WhenDemoDataIsDisabled() {
        DemoDataService service = new DemoDataService(() -> false, null);

        HttpProblem problem = catchThrowableOfType(HttpProblem.class,
                () -> service.load(UUID.randomUUID(), UUID.randomUUID(), null));

        assertThat(problem.getStatusCode()).isEqualTo(404);
        assertThat(problem.getDetail()).isEqualTo("Demo data is only available in development");
        assertThat(problem.getType()).hasToString("https://mentor-match.org/problems/demo-data-disabled");
    }
}

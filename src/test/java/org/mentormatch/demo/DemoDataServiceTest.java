package org.mentormatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.refusal.NotFound;

/** Plain JUnit: outside development the service refuses before it looks at the cohort. */
class DemoDataServiceTest {

    @Test
    void shouldAnswer404WhenDemoDataIsDisabled() {
        DemoDataService service = new DemoDataService(() -> false, null);

        // A NotFound is answered 404 with its type under https://mentor-match.org/problems/ (RefusalMapperTest).
        NotFound refusal = catchThrowableOfType(NotFound.class,
                () -> service.load(UUID.randomUUID(), UUID.randomUUID(), null));

        assertThat(refusal.detail()).isEqualTo("Demo data is only available in development");
        assertThat(refusal.type()).isEqualTo("demo-data-disabled");
    }
}

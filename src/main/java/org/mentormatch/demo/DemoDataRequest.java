package org.mentormatch.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How large a demo cohort to make, and from which seed; every field is optional. */
@Schema(name = "DemoDataRequest", description = "How many made-up profiles to add; the same seed gives the same profiles")
public record DemoDataRequest(
        @Min(1) @Max(MAX)
        @Schema(description = "Mentees to add, 1-10000", example = "65", minimum = "1", maximum = "10000", defaultValue = "65")
        Integer mentees,
        @Min(1) @Max(MAX)
        @Schema(description = "Mentors to add, 1-10000", example = "60", minimum = "1", maximum = "10000", defaultValue = "60")
        Integer mentors,
        @Schema(description = "Seed of the generator: the same seed gives the same cohort", example = "1", defaultValue = "1")
        Long seed) {

    // The engine is built for cohorts of up to 10,000 mentees; demo data can make one to try it.
    static final int MAX = 10_000;
    static final DemoDataRequest DEFAULTS = new DemoDataRequest(65, 60, 1L);

    /** This request with defaults for what it leaves out; no body at all means all defaults. */
    static DemoDataRequest orDefaults(DemoDataRequest request) {
        if (request == null) {
            return DEFAULTS;
        }
        return new DemoDataRequest(
                request.mentees == null ? DEFAULTS.mentees : request.mentees,
                request.mentors == null ? DEFAULTS.mentors : request.mentors,
                request.seed == null ? DEFAULTS.seed : request.seed);
    }
}

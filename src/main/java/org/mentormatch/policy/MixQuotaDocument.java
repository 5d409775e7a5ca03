package org.mentormatch.policy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MixQuota;

/** One mix quota as coordinators read and write it. */
@Schema(name = "MixQuota", description = "At most max(1, floor(maxShare × capacity)) mentees with the same value of "
        + "`on` in the group of any mentor with a capacity of 3 or more; void for capacities of 1 and 2. The limit is "
        + "a count against the capacity, so it does not move while a group fills. Mentees whose value is not known "
        + "never count.")
public record MixQuotaDocument(
        @NotNull
        @Schema(description = "What the mix is judged on: homeCountry, or field (the ISCO-08 major group, the first "
                + "digit of the occupation code)", example = "homeCountry")
        String on,
        @NotNull @DecimalMin("0") @DecimalMax("1")
        @Schema(description = "The largest share of a group's capacity one value may fill, 0-1", example = "0.5")
        BigDecimal maxShare,
        @NotNull
        @Schema(description = "MUST: a hard rule. HIGH, MEDIUM, LOW: each mentee over the limit costs the level's "
                + "weight × 25 quality points. OFF: ignored", example = "MUST")
        Level level) {

    static MixQuotaDocument of(MixQuota quota) {
        return new MixQuotaDocument(quota.on(), quota.maxShare(), quota.level());
    }

    MixQuota toQuota() {
        return new MixQuota(on, maxShare, level);
    }
}

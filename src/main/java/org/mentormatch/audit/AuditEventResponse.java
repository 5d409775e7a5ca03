package org.mentormatch.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "A decision taken in a cohort")
public record AuditEventResponse(
        UUID id,
        OffsetDateTime at,
        @Schema(description = "Who took it: the subject of their access token, or system:retention for the retention job",
                example = "coordinator@programme.dk")
        String actor,
        @Schema(description = "ADOPT, ACCEPT, REJECT, MANUAL_PAIR, OVERRIDE, PUBLISH, END, WITHDRAW, "
                + "PERSONAL_DATA_EXPORTED, PERSONAL_DATA_ERASED, RETENTION_ANONYMISED", example = "ACCEPT")
        String action,
        @Schema(description = "The match, run or participant it concerns") UUID subjectId,
        @Schema(example = "Met at the kick-off and get on well") String reason,
        @Schema(example = "match 5c1d… ACCEPTED") String detail) {

    static AuditEventResponse of(AuditEvent event) {
        return new AuditEventResponse(event.id, event.at, event.actor, event.action, event.subjectId, event.reason,
                event.detail);
    }
}

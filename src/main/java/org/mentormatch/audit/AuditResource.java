package org.mentormatch.audit;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/audit")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final CohortService cohorts;
    private final AuditTrail audit;

    public AuditResource(CohortService cohorts, AuditTrail audit) {
        this.cohorts = cohorts;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listAuditEvents", summary = "Read the cohort's audit trail",
            description = "Every decision, newest first: adopt, accept, reject, hand match, override, publish, end, withdraw.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<AuditEventResponse> list(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first event to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of events to return (1-100)") int limit) {
        cohorts.require(programmeId, cohortId);
        return audit.list(cohortId, new PageRequest(offset, limit));
    }
}

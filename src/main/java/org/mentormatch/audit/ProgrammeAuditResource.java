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
import org.mentormatch.programme.ProgrammeService;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/audit")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeAuditResource {

    private final ProgrammeService programmes;
    private final AuditTrail audit;

    public ProgrammeAuditResource(ProgrammeService programmes, AuditTrail audit) {
        this.programmes = programmes;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listProgrammeAuditEvents", summary = "Read the programme's own audit trail",
            description = "Decisions about the programme as a whole, newest first: WEBHOOK_CREATED, WEBHOOK_DELETED. "
                    + "Decisions in a cohort are in that cohort's trail.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<AuditEventResponse> list(@PathParam("programmeId") UUID programmeId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first event to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of events to return (1-100)") int limit) {
        programmes.require(programmeId);
        return audit.listInProgramme(programmeId, new PageRequest(offset, limit));
    }
}

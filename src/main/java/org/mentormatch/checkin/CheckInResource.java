package org.mentormatch.checkin;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.api.idempotency.Idempotent;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/matches/{matchId}/check-ins")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckInResource {

    private final CheckInService checkIns;

    public CheckInResource(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "recordCheckIn", summary = "Record a meeting of a pair",
            description = "For a PUBLISHED match, or an ENDED one for a meeting reported late (not after the day it "
                    + "ended). The date may be neither in the future nor before the match was published; any other "
                    + "match is refused with 409.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "meeting", value = Examples.CHECK_IN)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<CheckInResponse> record(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("matchId") UUID matchId,
            @Valid @NotNull CheckInRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, checkIns.record(programmeId, cohortId, matchId, request));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listCheckIns", summary = "List a pair's meetings",
            description = "Newest meeting first, whoever recorded it (recordedAs).")
    @APIResponse(responseCode = "200", description = "A page of check-ins",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInPage.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<CheckInResponse> list(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("matchId") UUID matchId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first check-in to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of check-ins to return (1-100)") int limit) {
        return checkIns.list(programmeId, cohortId, matchId, new PageRequest(offset, limit));
    }

    /** The page type of this resource, named for the contract. */
    @Schema(name = "PageCheckIn")
    static final class CheckInPage {
        public List<CheckInResponse> items;
        public int offset;
        public int limit;
        public long total;
    }

    static final class Examples {
        static final String CHECK_IN = """
                {"date": "2026-01-12", "minutes": 60, "mode": "IN_PERSON", "topics": ["CV", "Job adverts"],
                 "note": "Went through two job adverts together"}""";

        private Examples() {
        }
    }
}

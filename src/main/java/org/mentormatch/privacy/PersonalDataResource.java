package org.mentormatch.privacy;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentormatch.security.Roles;

/**
 * A person's data-protection requests, answered for one programme. The address travels in a POST body, never in
 * the URL, so that it stays out of access logs and browser histories.
 */
@Path("/programmes/{programmeId}/personal-data")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final PersonalDataService personalData;

    public PersonalDataResource(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @POST
    @Path("/export")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "exportPersonalData", summary = "Export everything held about a person",
            description = "For a subject access or data portability request: every mentor and mentee profile with "
                    + "this address (in any case) in the programme's cohorts, with their matches, run proposals, "
                    + "exclusions, affinities and audit events. An address the programme does not hold gives an empty "
                    + "list. Each profile exported is recorded in its cohort's audit trail (PERSONAL_DATA_EXPORTED).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "subject", value = Examples.SUBJECT)))
    @APIResponse(responseCode = "200", description = "Everything held about the person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public PersonalDataExport export(@PathParam("programmeId") UUID programmeId,
            @Valid @NotNull SubjectRequest request) {
        return personalData.export(programmeId, request);
    }

    @POST
    @Path("/erasure")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "erasePersonalData", summary = "Erase a person's data",
            description = "For an erasure request: every mentor and mentee profile with this address in the programme "
                    + "is anonymised for good, and the person leaves the programme (their open matches end). The "
                    + "address is also erased from the programme's notes, reasons and audit trail. Matches, runs and "
                    + "their statistics stay. All of it happens in one transaction; an address the programme does not "
                    + "hold gives zero counts. Recorded in the audit trail as PERSONAL_DATA_ERASED. Refused (409) while "
                    + "a match run is solving for one of the person's cohorts: stop it or wait for it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "erasure", value = Examples.ERASURE)))
    @APIResponse(responseCode = "200", description = "What was erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ErasureResult.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public ErasureResult erase(@PathParam("programmeId") UUID programmeId, @Valid @NotNull ErasureRequest request) {
        return personalData.erase(programmeId, request);
    }

    static final class Examples {
        static final String SUBJECT = """
                {"email": "li.wei@example.com"}""";
        static final String ERASURE = """
                {"email": "li.wei@example.com", "reason": "Asked to be forgotten by letter of 3 March 2026"}""";

        private Examples() {
        }
    }
}

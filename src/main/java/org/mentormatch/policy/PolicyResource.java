package org.mentormatch.policy;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_FAILED;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.api.ETags;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/matching-policy")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyService policies;

    public PolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "getMatchingPolicy", summary = "Read a cohort's matching policy",
            description = "The preset of the programme's type (version 0) until a coordinator sets one; for a "
                    + "MENTORING programme those are the defaults.")
    @APIResponse(responseCode = "200", description = "The policy",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyDocument.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<PolicyDocument> get(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId) {
        return withETag(policies.get(programmeId, cohortId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "replaceMatchingPolicy", summary = "Set a cohort's matching policy",
            description = "The whole policy: criteria and fields left out take the value of the programme type's "
                    + "preset. Runs started afterwards use it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "policy", value = Examples.POLICY)))
    @APIResponse(responseCode = "200", description = "The policy as stored",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyDocument.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<PolicyDocument> replace(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            @Valid @NotNull PolicyDocument policy) {
        return withETag(policies.replace(programmeId, cohortId, ifMatch, policy));
    }

    private static RestResponse<PolicyDocument> withETag(PolicyDocument policy) {
        return RestResponse.ResponseBuilder.ok(policy).tag(ETags.of(policy.version())).build();
    }

    static final class Examples {
        static final String POLICY = """
                {"criteria": {"fieldCloseness": "MUST", "preferredFields": "HIGH", "qualificationFit": "MEDIUM",
                              "sharedInterests": "LOW", "sharedSkills": "MEDIUM", "markets": "HIGH",
                              "location": "MEDIUM", "preferredLanguages": "MEDIUM", "statedPreferences": "OFF",
                              "fairness": "MEDIUM", "balancedLoad": "LOW"},
                 "priority": "PARTICIPATION", "minimumQuality": 40, "minimumFieldCloseness": 1,
                 "employerRule": "DIFFERENT",
                 "mix": [{"on": "homeCountry", "maxShare": 0.5, "level": "MUST"}]}""";

        private Examples() {
        }
    }
}

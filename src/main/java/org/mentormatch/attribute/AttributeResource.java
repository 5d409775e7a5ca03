package org.mentormatch.attribute;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_FAILED;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_REQUIRED;
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

@Path("/programmes/{programmeId}/attributes")
@Tag(name = "Programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttributeResource {

    private final AttributeService attributes;

    public AttributeResource(AttributeService attributes) {
        this.attributes = attributes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "getProgrammeAttributes", summary = "Read a programme's attributes",
            description = "The facts the programme collects beyond the fixed profile (posting phase, has children, "
                    + "diet), which profiles hold under attributes and the policy's attributeCriteria compare. None "
                    + "(version 0) until a coordinator sets them.")
    @APIResponse(responseCode = "200", description = "The attributes",
            headers = @Header(name = "ETag", description = "Their current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttributeList.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<AttributeList> get(@PathParam("programmeId") UUID programmeId) {
        return withETag(attributes.get(programmeId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "replaceProgrammeAttributes", summary = "Set a programme's attributes",
            description = "Replaces the whole list; If-Match must carry the ETag read (without it 428, an older one "
                    + "412). Keys are unique; CHOICE and MULTI_CHOICE list distinct options, NUMBER and BOOLEAN none "
                    + "(400 naming the field). Removing an attribute, changing its type or narrowing it to one side "
                    + "is refused while a cohort's policy compares it (409, naming it); otherwise the values profiles "
                    + "hold that the new list no longer allows (a removed attribute, a dropped option) are removed "
                    + "from them.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "coaching", value = Examples.ATTRIBUTES)))
    @APIResponse(responseCode = "200", description = "The attributes as stored",
            headers = @Header(name = "ETag", description = "Their new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttributeList.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
    public RestResponse<AttributeList> replace(@PathParam("programmeId") UUID programmeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; required") String ifMatch,
            @Valid @NotNull AttributeList list) {
        return withETag(attributes.replace(programmeId, ifMatch, list));
    }

    private static RestResponse<AttributeList> withETag(AttributeList list) {
        return RestResponse.ResponseBuilder.ok(list).tag(ETags.of(list.version())).build();
    }

    static final class Examples {
        static final String ATTRIBUTES = """
                {"attributes": [
                  {"key": "postingPhase", "label": "Posting phase", "type": "CHOICE",
                   "options": ["BEFORE_DEPARTURE", "ABROAD", "RETURNED"], "appliesTo": "BOTH"},
                  {"key": "diet", "label": "Diet", "type": "MULTI_CHOICE", "options": ["vegetarian", "halal", "kosher"],
                   "appliesTo": "BOTH"},
                  {"key": "hasChildren", "label": "Has children", "type": "BOOLEAN", "appliesTo": "MENTOR"}]}""";

        private Examples() {
        }
    }
}

package org.mentormatch.security;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.mentormatch.refusal.NotFound;

/**
 * How an admin grants access in a deployment without an identity provider: a token signed with the service's
 * own key. With an identity provider, access is granted there and this answers 404.
 */
@Path("/access-tokens")
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessTokenResource {

    private final TokenIssuer issuer;

    public AccessTokenResource(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    @Operation(operationId = "issueAccessToken", summary = "Grant someone access with a signed token",
            description = "Only where the service signs its own tokens (no identity provider configured).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "coordinator", value = Examples.REQUEST)))
    @APIResponse(responseCode = "201", description = "The token, to send as `Authorization: Bearer <token>`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessToken.class),
                    examples = @ExampleObject(name = "token", value = Examples.RESPONSE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public AccessToken issue(@Valid @NotNull AccessTokenRequest request) {
        if (!issuer.canIssue()) {
            throw NotFound.unavailable("tokens-from-identity-provider",
                    "This deployment uses an identity provider; access is granted there");
        }
        TokenIssuer.IssuedToken issued = issuer.issue(request.subject().strip(), request.role(), request.programmesOrNone(),
                request.validFor());
        return new AccessToken(issued.token(), issued.expiresAt());
    }

    static final class Examples {
        static final String REQUEST = """
                {"subject": "anna@programme.dk", "role": "coordinator", \
                "programmes": ["3f1c2a4e-8d2b-4c1e-9a57-2b8e6f0d1c3a"], "validHours": 12}""";
        static final String RESPONSE = """
                {"token": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm5hQHByb2dyYW1tZS5kayJ9.c2lnbmF0dXJl", \
                "expiresAt": "2026-11-24T07:00:00Z"}""";

        private Examples() {
        }
    }
}

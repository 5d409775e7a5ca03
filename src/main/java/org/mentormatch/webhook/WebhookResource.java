package org.mentormatch.webhook;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/webhooks")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to the programme's events",
            description = "Each event the webhook names is POSTed to its URL as JSON {type, timestamp, data} (ids and "
                    + "codes only, never names or addresses), signed as Standard Webhooks (webhook-id, "
                    + "webhook-timestamp, webhook-signature: HMAC-SHA256 with the secret). An answer other than 2xx is "
                    + "retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, then the delivery is FAILED. The "
                    + "secret is shown in this answer only. The URL must be https (plain http only to this machine, "
                    + "where the service allows it).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "webhook", value = Examples.WEBHOOK)))
    @APIResponse(responseCode = "201", description = "Subscribed; the answer holds the secret, this once",
            headers = @Header(name = "Location", description = "URL of the new webhook", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class),
                    examples = @ExampleObject(name = "created", value = Examples.CREATED)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<WebhookResponse> create(@PathParam("programmeId") UUID programmeId,
            @Valid @NotNull WebhookRequest request, UriInfo uri) {
        WebhookResponse created = webhooks.create(programmeId, request);
        return RestResponse.ResponseBuilder
                .<WebhookResponse>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "listWebhooks", summary = "List the programme's webhooks",
            description = "In the order they were added, a page at a time (offset paging); secrets are never shown.")
    @APIResponse(responseCode = "200", description = "A page of webhooks")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<WebhookResponse> list(@PathParam("programmeId") UUID programmeId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first webhook to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of webhooks to return (1-100)") int limit) {
        return webhooks.list(programmeId, new PageRequest(offset, limit));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook",
            description = "Its URL and events, without the secret.")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public WebhookResponse get(@PathParam("programmeId") UUID programmeId, @PathParam("webhookId") UUID webhookId) {
        return webhooks.get(programmeId, webhookId);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe a webhook",
            description = "Nothing more is sent to it, not even the retries still pending; its delivery log goes with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public void delete(@PathParam("programmeId") UUID programmeId, @PathParam("webhookId") UUID webhookId) {
        webhooks.delete(programmeId, webhookId);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List what was sent to a webhook",
            description = "Deliveries newest first, each PENDING, DELIVERED or FAILED with every attempt: when, the "
                    + "receiver's HTTP status or the error, the start of its answer, and when the next attempt is due.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "retried", value = Examples.DELIVERIES)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<DeliveryResponse> deliveries(@PathParam("programmeId") UUID programmeId,
            @PathParam("webhookId") UUID webhookId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first delivery to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of deliveries to return (1-100)") int limit) {
        return webhooks.deliveries(programmeId, webhookId, new PageRequest(offset, limit));
    }

    /** The shape of the {@link Page} of deliveries, for the contract's example. */
    static final class DeliveryPage {
        public List<DeliveryResponse> items;
        public int offset;
        public int limit;
        public long total;
    }

    static final class Examples {
        static final String WEBHOOK = """
                {"url": "https://hooks.example.org/mentor-match", "events": ["match.published", "match.ended"]}""";
        static final String CREATED = """
                {"id": "3f6c2a1e-8b7d-4e5f-9a0b-1c2d3e4f5a6b", "programmeId": "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b",
                 "url": "https://hooks.example.org/mentor-match", "events": ["match.published", "match.ended"],
                 "secret": "whsec_C2F1YnPqcvXU0e3Ec3KgKvYf7Hkq2mZ2cWJ0nK5l4Yo=", "createdBy": "anna@programme.dk",
                 "createdAt": "2025-09-20T10:00:00Z"}""";
        static final String DELIVERIES = """
                {"items": [{"id": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a", "eventId": "c4b3a2f1-0e9d-4c8b-a7f6-e5d4c3b2a190",
                  "type": "match.published", "status": "DELIVERED", "createdAt": "2025-09-20T10:00:00Z",
                  "attempts": [
                    {"at": "2025-09-20T10:00:00Z", "httpStatus": 500, "responseExcerpt": "Internal Server Error", "durationMillis": 31},
                    {"at": "2025-09-20T10:00:05Z", "httpStatus": 204, "durationMillis": 12}]}],
                 "offset": 0, "limit": 20, "total": 1}""";

        private Examples() {
        }
    }
}

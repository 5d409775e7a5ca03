package org.mentormatch.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.mentormatch.api.idempotency.Idempotent;

/**
 * Finishes the contract where annotations would repeat themselves on every operation: the answers every
 * operation can give because of authentication (401, 403) and, under a programme, isolation (404). It also
 * drops the internal method hash Quarkus tags each operation with, which changes from build to build and would
 * make the checked-in contract differ from every fresh build, and corrects the problem schemas' {@code instance}
 * format (see {@link #filterOpenAPI}).
 */
public class ContractFilter implements OASFilter {

    private static final String METHOD_REF = "x-quarkus-openapi-method-ref";
    private static final String RESPONSES = "#/components/responses/";
    /**
     * A new access token, an invitation's token and a new webhook's signing secret are secrets shown once: they are
     * not kept in the database to be answered again (an invitation sent twice simply replaces the first). A
     * participant's own writes are not kept either: their connection sees no kept answers (row-level security), and
     * a meeting or an answer sent twice is visible to them and to their coordinator.
     */
    private static final Set<String> NOT_REPLAYED = Set.of("issueAccessToken", "createWebhook", "inviteMentee",
            "inviteMentor", "recordMyCheckIn", "answerMyFeedback");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(METHOD_REF)) {
            operation.removeExtension(METHOD_REF);
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        instanceIsAUriReference(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean underAProgramme = path.startsWith("/programmes/{programmeId}");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                APIResponses responses = entry.getValue().getResponses();
                referUnlessDescribed(responses, "401", ApiDefinition.UNAUTHORIZED);
                referUnlessDescribed(responses, "403", ApiDefinition.FORBIDDEN);
                if (underAProgramme) {
                    referUnlessDescribed(responses, "404", ApiDefinition.NOT_FOUND);
                }
                if (entry.getKey() == PathItem.HttpMethod.POST && createsSomething(responses)
                        && !NOT_REPLAYED.contains(entry.getValue().getOperationId())) {
                    acceptIdempotencyKey(entry.getValue());
                }
            }
        });
    }

    private static boolean createsSomething(APIResponses responses) {
        return responses != null && (responses.hasAPIResponse("201") || responses.hasAPIResponse("202"));
    }

    /** The Idempotency-Key header that every create honours (org.mentormatch.api.idempotency), and its 422. */
    private static void acceptIdempotencyKey(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name(Idempotent.HEADER).in(Parameter.In.HEADER)
                .description("Makes the request safe to retry: the same key with the same body within 24 hours gets "
                        + "the first answer again (status, Location, body) and creates nothing; with another body, 422")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1).maxLength(255)));
        operation.getResponses().addAPIResponse("422", OASFactory.createAPIResponse()
                .description("The Idempotency-Key was used before with another request")
                .content(OASFactory.createContent().addMediaType(ApiDefinition.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("HttpProblem")))));
    }

    /**
     * Quarkus gives every {@code @RolesAllowed} operation a bare 401 and 403 (a description, no body) before this
     * filter runs; the service answers them with a problem, so those are replaced too.
     */
    private static void referUnlessDescribed(APIResponses responses, String status, String name) {
        if (responses == null) {
            return;
        }
        APIResponse present = responses.getAPIResponse(status);
        if (present == null || present.getRef() == null && present.getContent() == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + name));
        }
    }

    // quarkus-resteasy-problem declares instance as format uri, but RFC 9457 makes it a URI reference, and the
    // service sends the request path (/programmes/...), which validators and generated clients would reject as
    // a uri.
    private static void instanceIsAUriReference(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (String problem : List.of("HttpProblem", "HttpValidationProblem")) {
            Schema schema = openAPI.getComponents().getSchemas().get(problem);
            if (schema != null && schema.getProperties() != null && schema.getProperties().get("instance") != null) {
                schema.getProperties().get("instance").format("uri-reference");
            }
        }
    }
}

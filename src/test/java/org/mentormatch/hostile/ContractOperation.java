package org.mentormatch.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One operation of {@code openapi/openapi.yaml}, reduced to what a hostile request needs: where its parameters
 * go and a valid body to spoil.
 *
 * @param body the media type and first example of its request body, or null when it takes none
 */
record ContractOperation(String id, String method, String path, List<String> pathParameters,
        List<QueryParameter> queryParameters, List<String> headers, Body body) {

    /** A query parameter and what the contract says it holds. */
    record QueryParameter(String name, String type, List<String> allowed) {
    }

    record Body(String mediaType, JsonNode example) {
    }

    boolean reads(String header) {
        return headers.stream().anyMatch(header::equalsIgnoreCase);
    }
}

package org.mentormatch.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mentormatch.hostile.ContractOperation.Body;
import org.mentormatch.hostile.ContractOperation.QueryParameter;

/** Reads every operation of the checked-in contract, the one clients are generated from. */
final class Contract {

    private static final String LOCATION = "openapi/openapi.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Contract() {
    }

    static List<ContractOperation> operations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = Objects.requireNonNull(new OpenAPIV3Parser().read(LOCATION, null, options), LOCATION);
        List<ContractOperation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(operation(method.name(), path, operation))));
        operations.sort(Comparator.comparing(ContractOperation::path).thenComparing(ContractOperation::method));
        return operations;
    }

    private static ContractOperation operation(String method, String path, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        List<String> pathParameters = parameters.stream().filter(p -> "path".equals(p.getIn())).map(Parameter::getName).toList();
        List<QueryParameter> query = parameters.stream().filter(p -> "query".equals(p.getIn()))
                .map(p -> new QueryParameter(p.getName(), type(p.getSchema()), allowed(p.getSchema())))
                .toList();
        List<String> headers = parameters.stream().filter(p -> "header".equals(p.getIn())).map(Parameter::getName).toList();
        return new ContractOperation(operation.getOperationId(), method, path, pathParameters, query, headers, body(operation));
    }

    private static Body body(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        Map.Entry<String, MediaType> content = operation.getRequestBody().getContent().entrySet().iterator().next();
        Object example = content.getValue().getExamples().values().iterator().next().getValue();
        return new Body(content.getKey(), example == null ? JSON.createObjectNode() : JSON.valueToTree(example));
    }

    private static String type(Schema<?> schema) {
        return schema == null || schema.getType() == null ? "string" : schema.getType();
    }

    private static List<String> allowed(Schema<?> schema) {
        return schema == null || schema.getEnum() == null ? List.of() : schema.getEnum().stream().map(String::valueOf).toList();
    }
}

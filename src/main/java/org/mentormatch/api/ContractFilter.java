package org.mentormatch.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Quarkus tags each operation with an internal method hash that changes from build to build; clients have no
 * use for it, and it would make the checked-in contract differ from every fresh build.
 */
public class ContractFilter implements OASFilter {

    private static final String METHOD_REF = "x-quarkus-openapi-method-ref";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(METHOD_REF)) {
            operation.removeExtension(METHOD_REF);
        }
        return operation;
    }
}

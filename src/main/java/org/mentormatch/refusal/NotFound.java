package org.mentormatch.refusal;

import java.util.List;
import java.util.UUID;

/** Something the request names is not there, or not where the request looks for it. */
public final class NotFound extends Refusal {

    public NotFound(String resource, UUID id) {
        super("not-found", "%s %s does not exist".formatted(resource, id), List.of());
        put("resource", resource);
        put("id", id);
    }

    private NotFound(String type, String detail) {
        super(type, detail, List.of());
    }

    /** Not a missing resource but a feature this deployment does not offer. */
    public static NotFound unavailable(String type, String detail) {
        return new NotFound(type, detail);
    }
}

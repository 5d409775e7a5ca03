package org.mentormatch.event;

import java.util.Map;
import java.util.UUID;

/**
 * Something that happened in a programme that other systems may want to hear of (webhooks). Fired as a CDI
 * event inside the transaction that made it happen, so it is delivered exactly when that work is committed.
 * {@code data} holds ids and codes only, never names, addresses or free text: it leaves the service.
 */
public record ProgrammeEvent(UUID programmeId, EventType type, Map<String, String> data) {

    public ProgrammeEvent {
        data = Map.copyOf(data);
    }
}

package org.mentormatch.attention;

import java.util.Map;
import java.util.UUID;
import org.mentormatch.event.EventType;
import org.mentormatch.event.ProgrammeEvent;
import org.mentormatch.match.AttentionKind;

/** The {@code match.attention} event: ids and the kind only, as every event that leaves the service. */
public final class Announcements {

    private Announcements() {
    }

    public static ProgrammeEvent attention(UUID programmeId, UUID cohortId, UUID matchId, AttentionKind kind) {
        return new ProgrammeEvent(programmeId, EventType.MATCH_ATTENTION, Map.of("matchId", matchId.toString(),
                "cohortId", cohortId.toString(), "kind", kind.name()));
    }
}

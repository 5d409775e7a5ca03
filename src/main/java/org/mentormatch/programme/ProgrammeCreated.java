package org.mentormatch.programme;

import java.util.UUID;

/**
 * Fired, synchronously and inside the creating transaction, when a programme is created, so that features built on
 * programmes (the type's preset) can set it up without the programme feature depending on them.
 */
public record ProgrammeCreated(UUID programmeId, ProgrammeType type) {
}

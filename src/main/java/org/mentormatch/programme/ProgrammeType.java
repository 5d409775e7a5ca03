package org.mentormatch.programme;

/**
 * The kind of programme, chosen when it is created. Each kind has a preset (org.mentormatch.preset) that a new
 * cohort's matching policy starts from; the type is fixed afterwards because the preset was applied once. Names
 * are API and stored (V20): never rename them.
 */
public enum ProgrammeType {
    /** A yearly cohort of newcomers, each with a mentor from another employer in their field: today's defaults. */
    MENTORING,
    /** A new foreign employee gets a colleague at the same company as mentor. */
    WORKPLACE_MENTORING,
    /** Partners of posted staff get a coach from a contracted pool, before departure, abroad and on return. */
    COACHING,
    /** Households host newcomers for a meal; a household's seats are its capacity. */
    HOST_FAMILY,
    /** Groups around one facilitator, with a mix of backgrounds; the group size is the facilitator's capacity. */
    NETWORK_GROUP
}

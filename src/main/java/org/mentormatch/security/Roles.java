package org.mentormatch.security;

/**
 * The roles a token grants, read from its {@code groups} claim. Every endpoint names the roles that may call
 * it with {@code @RolesAllowed}; an endpoint without one is refused (deny by default).
 */
public final class Roles {

    /** Creates programmes and hands out access; sees every programme. */
    public static final String ADMIN = "admin";
    /** Full access to the programmes listed in the token's {@code programmes} claim. */
    public static final String COORDINATOR = "coordinator";
    /** Read-only access to the programmes listed in the token's {@code programmes} claim. */
    public static final String VIEWER = "viewer";

    /**
     * One mentee or mentor acting on their own data under {@code /me}: the profile named by the token's
     * {@code participant} claim, in the one programme of its {@code programmes} claim.
     */
    public static final String PARTICIPANT = "participant";

    private Roles() {
    }
}

package org.mentormatch.matching.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * A mix quota for one-to-many programmes (host families, network groups): no mentor's group holds more than
 * {@code maxShare} of its capacity from one value of {@code on}.
 * <p>
 * Exactly: a mentor with capacity {@code c >= 3} has at most {@code max(1, floor(maxShare × c))} mentees with the
 * same known value; with a capacity of 1 or 2 the quota is void, since one or two people cannot be a mix. Mentees
 * whose value is unknown never count. The limit is a count against the capacity, not a share of the mentees the
 * group holds at the moment: so it does not move while the group fills (a group of two from one country is not
 * "100 % one country" while its other seats are empty), adding a mentee of another value never makes an
 * over-quota group acceptable, and taking a mentee away never breaks a quota. That monotony is what lets the exact
 * phase repair its result by unassigning mentees, and lets a coordinator check a group against one fixed number.
 *
 * @param on       {@link #HOME_COUNTRY}, {@link #FIELD} or the key of a programme attribute mentees hold
 * @param maxShare 0-1, exact (a decimal, so 0.29 × 100 is 29, not 28.999…)
 * @param level    MUST makes it a hard rule; HIGH, MEDIUM and LOW a soft preference; OFF ignores it
 */
public record MixQuota(String on, BigDecimal maxShare, Level level) {

    /** The mentee's ISO 3166-1 home country. */
    public static final String HOME_COUNTRY = "homeCountry";
    /** The mentee's ISCO-08 major group: the first digit of their occupation code. */
    public static final String FIELD = "field";
    /** The built-in keys; any other is a programme attribute's. */
    public static final Set<String> KEYS = Set.of(HOME_COUNTRY, FIELD);
    /** Groups smaller than this have no mix to keep. */
    public static final int SMALLEST_GROUP = 3;

    public MixQuota {
        Objects.requireNonNull(level, "level");
        if (on == null || on.isBlank()) {
            throw new IllegalArgumentException("A mix quota needs a key to be on");
        }
        if (maxShare == null || maxShare.signum() < 0 || maxShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("maxShare must be 0-1, was " + maxShare);
        }
    }

    /** The key as a reason names it. */
    public String label() {
        return switch (on) {
            case HOME_COUNTRY -> "home country";
            case FIELD -> "ISCO-08 major group";
            default -> on;
        };
    }

    /** Most mentees with one value a group of this capacity may hold: the capacity itself when the quota is void. */
    public int limit(int capacity) {
        if (capacity < SMALLEST_GROUP) {
            return capacity;
        }
        int share = maxShare.multiply(BigDecimal.valueOf(capacity)).setScale(0, RoundingMode.FLOOR).intValueExact();
        return Math.max(1, share);
    }
}

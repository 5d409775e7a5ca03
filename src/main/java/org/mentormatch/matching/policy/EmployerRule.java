package org.mentormatch.matching.policy;

/**
 * Whether mentor and mentee may, or must, work for the same employer. Names are API: never rename them.
 */
public enum EmployerRule {
    /** The mentor is never at the mentee's employer (a conflict of interest in career mentoring). */
    DIFFERENT,
    /** The employer plays no part. */
    ANY,
    /**
     * Workplace mentoring: the mentor is a colleague at the mentee's employer. A pair where either employer is
     * unknown is not allowed, since nobody can say they share a workplace.
     */
    SAME
}

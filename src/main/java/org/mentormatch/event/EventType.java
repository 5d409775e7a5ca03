package org.mentormatch.event;

/** The kinds of {@link ProgrammeEvent}, with the names subscribers see. */
public enum EventType {
    RUN_COMPLETED("run.completed"),
    RUN_FAILED("run.failed"),
    MATCH_PUBLISHED("match.published"),
    MATCH_ENDED("match.ended"),
    MATCH_ATTENTION("match.attention"),
    FEEDBACK_DUE("feedback.due"),
    OUTCOME_RECORDED("outcome.recorded");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the contract and in a delivery's payload. */
    public String wireName() {
        return wireName;
    }
}

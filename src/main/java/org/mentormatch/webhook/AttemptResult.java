package org.mentormatch.webhook;

/** What came of one attempt: the receiver's status and the start of its answer, or the error that kept it. */
record AttemptResult(Integer httpStatus, String error, String responseExcerpt, long durationMillis) {

    boolean delivered() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    static AttemptResult failed(String error, long durationMillis) {
        return new AttemptResult(null, error, null, durationMillis);
    }
}

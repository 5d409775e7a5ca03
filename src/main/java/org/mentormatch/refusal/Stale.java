package org.mentormatch.refusal;

import java.util.List;

/** A change based on a version of the row that is no longer the current one. */
public final class Stale extends Refusal {

    private final long currentVersion;

    public Stale(long currentVersion) {
        super("stale", "The resource has changed since you read it (If-Match); read it again and reapply your change",
                List.of());
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

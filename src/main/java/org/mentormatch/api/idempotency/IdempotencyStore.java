package org.mentormatch.api.idempotency;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Keys and their first answers, each step in its own transaction so that the key is taken before the work. */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
class IdempotencyStore {

    /** How long a key is remembered (the draft's examples use a day). */
    static final Duration KEPT = Duration.ofHours(24);

    /**
     * A key taken this long ago whose answer was never kept belongs to a request that died with its instance (kill -9,
     * OOM): it is free again, rather than refused as "in progress" for a day. No create takes nearly this long.
     */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    /** The caller's earlier use of the key, if any; otherwise takes the key for this request (empty). */
    Optional<StoredResponse> takeOrFind(String caller, String key, String fingerprint, UUID programmeId) {
        StoredResponse.delete("caller = ?1 and key = ?2 and (createdAt < ?3 or status is null and createdAt < ?4)", caller,
                key, expiredBefore(), OffsetDateTime.now().minus(ABANDONED));
        Optional<StoredResponse> earlier = StoredResponse.find("caller = ?1 and key = ?2", caller, key).firstResultOptional();
        if (earlier.isPresent()) {
            return earlier;
        }
        StoredResponse taken = new StoredResponse();
        taken.caller = caller;
        taken.key = key;
        taken.fingerprint = fingerprint;
        taken.programmeId = programmeId;
        taken.persistAndFlush(); // a concurrent first use of the same key fails here, on the unique key
        return Optional.empty();
    }

    void complete(String caller, String key, int status, String location, String body) {
        StoredResponse.update("status = ?1, location = ?2, body = ?3 where caller = ?4 and key = ?5", status, location,
                body, caller, key);
    }

    /** The request failed: nothing was created, so a retry with the key may try again. */
    void release(String caller, String key) {
        StoredResponse.delete("caller = ?1 and key = ?2 and status is null", caller, key);
    }

    long expire() {
        return StoredResponse.delete("createdAt < ?1", expiredBefore());
    }

    private static OffsetDateTime expiredBefore() {
        return OffsetDateTime.now().minus(KEPT);
    }
}

package org.mentormatch.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.security.ProgrammeScope;

/**
 * Makes one attempt at a delivery on the job engine's thread, seeing its programme's rows only. The URL is checked
 * again before sending, so a webhook that the configured policy no longer allows gets nothing more.
 */
@ApplicationScoped
class Courier {

    private static final Logger LOG = Logger.getLogger(Courier.class);

    private final DeliveryStore store;
    private final Sender sender;
    private final TargetPolicy targets;

    Courier(DeliveryStore store, Sender sender, TargetPolicy targets) {
        this.store = store;
        this.sender = sender;
        this.targets = targets;
    }

    /** The time of the next attempt, or empty when the delivery has ended. */
    Optional<Instant> attempt(UUID deliveryId, UUID programmeId) {
        return ProgrammeScope.forProgramme(programmeId, () -> store.pending(deliveryId).flatMap(outgoing -> {
            AttemptResult result = targets.refusal(outgoing.url())
                    .map(why -> AttemptResult.failed("Not sent: the URL " + why, 0))
                    .orElseGet(() -> sender.send(outgoing));
            Optional<Instant> next = store.record(deliveryId, result);
            LOG.infof("Webhook delivery %s: %s, %s", deliveryId,
                    result.httpStatus() != null ? "HTTP " + result.httpStatus() : result.error(),
                    result.delivered() ? "delivered" : next.map(at -> "retry at " + at).orElse("given up"));
            return next;
        }));
    }
}

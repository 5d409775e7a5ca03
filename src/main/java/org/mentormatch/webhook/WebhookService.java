package org.mentormatch.webhook;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.audit.Actor;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.event.EventType;
import org.mentormatch.programme.ProgrammeService;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.refusal.Violation;

/** A programme's webhooks: add, read, remove, and what was delivered to each. Adding and removing are audited. */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final Set<String> KNOWN_EVENTS = Arrays.stream(EventType.values()).map(EventType::wireName)
            .collect(Collectors.toUnmodifiableSet());

    private final ProgrammeService programmes;
    private final TargetPolicy targets;
    private final AuditTrail audit;
    private final Actor actor;

    public WebhookService(ProgrammeService programmes, TargetPolicy targets, AuditTrail audit, Actor actor) {
        this.programmes = programmes;
        this.targets = targets;
        this.audit = audit;
        this.actor = actor;
    }

    public WebhookResponse create(UUID programmeId, WebhookRequest request) {
        programmes.require(programmeId);
        List<Violation> violations = new ArrayList<>();
        targets.refusal(request.url()).ifPresent(why -> violations.add(new Violation("url", why)));
        for (int i = 0; i < request.events().size(); i++) {
            if (!KNOWN_EVENTS.contains(request.events().get(i))) {
                violations.add(new Violation("events[%d]".formatted(i), "is not an event this service sends"));
            }
        }
        WebhookSecret secret = request.secret() == null ? WebhookSecret.generate()
                : WebhookSecret.parse(request.secret()).orElse(null);
        if (secret == null) {
            violations.add(new Violation("secret", "must be whsec_ and the base64 of %d to %d bytes"
                    .formatted(WebhookSecret.MIN_BYTES, WebhookSecret.MAX_BYTES)));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        Webhook webhook = new Webhook();
        webhook.programmeId = programmeId;
        webhook.url = request.url();
        webhook.events = request.events().stream().distinct().toList();
        webhook.secret = secret.text();
        webhook.createdBy = actor.name();
        webhook.createdAt = OffsetDateTime.now();
        webhook.persist();
        audit.recordInProgramme(programmeId, "WEBHOOK_CREATED", webhook.id, null,
                "webhook %s for %s".formatted(webhook.id, String.join(", ", webhook.events)));
        return WebhookResponse.created(webhook);
    }

    @Transactional(SUPPORTS)
    public Page<WebhookResponse> list(UUID programmeId, PageRequest page) {
        programmes.require(programmeId);
        return Page.of(Webhook.<Webhook>find("programmeId", Sort.by("createdAt").and("id"), programmeId), page,
                WebhookResponse::of);
    }

    @Transactional(SUPPORTS)
    public WebhookResponse get(UUID programmeId, UUID webhookId) {
        return WebhookResponse.of(require(programmeId, webhookId));
    }

    /** Its pending deliveries go with it; their jobs find nothing left to send. */
    public void delete(UUID programmeId, UUID webhookId) {
        Webhook webhook = require(programmeId, webhookId);
        webhook.delete();
        audit.recordInProgramme(programmeId, "WEBHOOK_DELETED", webhookId, null, "webhook %s".formatted(webhookId));
    }

    /** Newest first, each with its attempts. */
    @Transactional(SUPPORTS)
    public Page<DeliveryResponse> deliveries(UUID programmeId, UUID webhookId, PageRequest page) {
        require(programmeId, webhookId);
        var query = WebhookDelivery.<WebhookDelivery>find("webhookId",
                Sort.by("createdAt", Sort.Direction.Descending).and("id"), webhookId);
        List<WebhookDelivery> onPage = query.range(page.offset(), page.offset() + page.limit() - 1).list();
        Map<UUID, List<DeliveryAttempt>> attempts = onPage.isEmpty() ? Map.of()
                : DeliveryAttempt.<DeliveryAttempt>list("deliveryId in ?1", Sort.by("attemptedAt").and("id"),
                        onPage.stream().map(delivery -> delivery.id).toList())
                        .stream().collect(Collectors.groupingBy(attempt -> attempt.deliveryId));
        return new Page<>(onPage.stream()
                .map(delivery -> DeliveryResponse.of(delivery, attempts.getOrDefault(delivery.id, List.of())))
                .toList(), page.offset(), page.limit(), query.count());
    }

    private Webhook require(UUID programmeId, UUID webhookId) {
        programmes.require(programmeId);
        return Webhook.<Webhook>find("id = ?1 and programmeId = ?2", webhookId, programmeId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Webhook", webhookId));
    }
}

package org.mentormatch.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.mentormatch.event.ProgrammeEvent;
import org.mentormatch.jobs.JobEngine;

/**
 * Hears every programme event in the transaction that fired it and writes, for each webhook that wants it, a
 * delivery row and its job. Nothing is sent here: a slow or failing receiver never slows the change, and the
 * delivery exists exactly when the change was committed.
 */
@ApplicationScoped
class EventDispatch {

    private final ObjectMapper json;
    private final DeliveryJob job;
    private final JobEngine jobs;

    EventDispatch(ObjectMapper json, DeliveryJob job, JobEngine jobs) {
        this.json = json;
        this.job = job;
        this.jobs = jobs;
    }

    void dispatch(@Observes ProgrammeEvent event) {
        String type = event.type().wireName();
        List<Webhook> hearing = Webhook.<Webhook>list("programmeId", event.programmeId()).stream()
                .filter(webhook -> webhook.events.contains(type))
                .toList();
        if (hearing.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String payload = payload(type, now, event.data());
        UUID eventId = UUID.randomUUID();
        List<WebhookDelivery> deliveries = hearing.stream().map(webhook -> {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.programmeId = event.programmeId();
            delivery.webhookId = webhook.id;
            delivery.eventId = eventId;
            delivery.type = type;
            delivery.payload = payload;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
            return delivery;
        }).toList();
        // The job's row may only name a delivery the transaction can already see (row-level security, V13).
        WebhookDelivery.flush();
        deliveries.forEach(delivery -> job.queue(delivery.id, delivery.programmeId));
    }

    /** Once the change is committed, its deliveries start here at once rather than at the next poll. */
    void startQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgrammeEvent event) {
        jobs.wakeUp();
    }

    /** Standard Webhooks' payload shape: type, timestamp, data (ids and codes, in a stable order). */
    private String payload(String type, OffsetDateTime at, Map<String, String> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", at.toInstant().toString());
        body.put("data", new TreeMap<>(data));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always JSON", e);
        }
    }
}

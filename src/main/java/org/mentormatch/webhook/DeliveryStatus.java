package org.mentormatch.webhook;

/** Where a delivery is: still being tried, answered with a 2xx, or given up after the last retry. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}

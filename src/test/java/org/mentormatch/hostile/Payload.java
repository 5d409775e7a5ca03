package org.mentormatch.hostile;

/** A request body as sent: its Content-Type, its bytes, and how it was spoilt (for the report). */
record Payload(String contentType, String description, byte[] bytes) {
}

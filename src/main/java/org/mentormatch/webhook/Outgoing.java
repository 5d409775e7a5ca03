package org.mentormatch.webhook;

/** What one attempt sends: the body to the URL, signed with the key, under the event's id. */
record Outgoing(String url, byte[] key, String eventId, String body) {
}

package org.mentormatch.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A webhook's signing key as Standard Webhooks writes it: {@code whsec_} and the base64 of the key's bytes, which
 * a receiver's library decodes the same way. Keys of 24 to 64 bytes are accepted; generated ones have 32.
 */
record WebhookSecret(String text) {

    static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The secret a coordinator gave, if it is one. */
    static Optional<WebhookSecret> parse(String text) {
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            int length = Base64.getDecoder().decode(text.substring(PREFIX.length())).length;
            return length >= MIN_BYTES && length <= MAX_BYTES ? Optional.of(new WebhookSecret(text)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    byte[] key() {
        return Base64.getDecoder().decode(text.substring(PREFIX.length()));
    }
}

package org.mentormatch.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} of Standard Webhooks: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code id.timestamp.body} under the secret's key. No Standard Webhooks library resolves from the Maven
 * repository this project builds from, and the JDK's Mac is all it takes.
 */
final class Signature {

    private static final String ALGORITHM = "HmacSHA256";

    private Signature() {
    }

    static String sign(byte[] key, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] signed = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
        }
    }
}

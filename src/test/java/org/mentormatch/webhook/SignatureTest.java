package org.mentormatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The signature against the test vector Standard Webhooks publishes, so any receiver's library accepts ours. */
class SignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void shouldSignThePublishedTestVector() {
        byte[] key = WebhookSecret.parse(SECRET).orElseThrow().key();

        assertThat(Signature.sign(key, ID, TIMESTAMP, BODY)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldSignDifferentlyWhenAnyPartChanges() {
        byte[] key = WebhookSecret.parse(SECRET).orElseThrow().key();
        String signed = Signature.sign(key, ID, TIMESTAMP, BODY);

        assertThat(Signature.sign(key, ID, TIMESTAMP + 1, BODY)).isNotEqualTo(signed);
        assertThat(Signature.sign(key, "msg_other", TIMESTAMP, BODY)).isNotEqualTo(signed);
        assertThat(Signature.sign(key, ID, TIMESTAMP, "{\"test\": 1}")).isNotEqualTo(signed);
    }

    @Test
    void shouldGenerateSecretsOf32RandomBytes() {
        WebhookSecret one = WebhookSecret.generate();

        assertThat(one.text()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(one.text().substring(6))).hasSize(32);
        assertThat(WebhookSecret.generate()).isNotEqualTo(one);
        assertThat(WebhookSecret.parse(one.text())).contains(one);
    }

    @Test
    void shouldAcceptOnlyPrefixedBase64KeysOf24To64Bytes() {
        String key23 = Base64.getEncoder().encodeToString(new byte[23]);
        String key24 = Base64.getEncoder().encodeToString(new byte[24]);
        String key64 = Base64.getEncoder().encodeToString(new byte[64]);
        String key65 = Base64.getEncoder().encodeToString(new byte[65]);

        assertThat(WebhookSecret.parse("whsec_" + key24)).isPresent();
        assertThat(WebhookSecret.parse("whsec_" + key64)).isPresent();
        assertThat(WebhookSecret.parse("whsec_" + key23)).isEmpty();
        assertThat(WebhookSecret.parse("whsec_" + key65)).isEmpty();
        assertThat(WebhookSecret.parse(key24)).isEmpty();
        assertThat(WebhookSecret.parse("whsec_not base64!")).isEmpty();
    }
}

package org.mentormatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which URLs a webhook may point at, by configuration, decided from the URL alone. */
class TargetPolicyTest {

    private static final TargetPolicy PRODUCTION = new TargetPolicy(false, Optional.empty());
    private static final TargetPolicy DEVELOPMENT = new TargetPolicy(true, Optional.empty());

    @Test
    void shouldAllowHttpsAnywhereByDefault() {
        assertThat(PRODUCTION.refusal("https://hooks.example.org/mentor-match")).isEmpty();
        assertThat(PRODUCTION.refusal("HTTPS://hooks.example.org:8443/a?b=c")).isEmpty();
    }

    @Test
    void shouldRefusePlainHttpInProductionEvenToThisMachine() {
        assertThat(PRODUCTION.refusal("http://hooks.example.org/")).contains("must use https");
        assertThat(PRODUCTION.refusal("http://127.0.0.1:8080/")).contains("must use https");
    }

    @Test
    void shouldAllowPlainHttpToLoopbackOnlyWhereConfigured() {
        assertThat(DEVELOPMENT.refusal("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(DEVELOPMENT.refusal("http://127.8.9.10/hook")).isEmpty();
        assertThat(DEVELOPMENT.refusal("http://localhost:9000/")).isEmpty();
        assertThat(DEVELOPMENT.refusal("http://[::1]:9000/")).isEmpty();
        assertThat(DEVELOPMENT.refusal("http://10.0.0.1/")).isPresent();
        assertThat(DEVELOPMENT.refusal("http://127.0.0.1.nip.io/")).isPresent();
        assertThat(DEVELOPMENT.refusal("http://localhost.example.org/")).isPresent();
    }

    @Test
    void shouldRefuseWhatIsNoWebUrl() {
        for (String url : List.of("ftp://hooks.example.org/", "hooks.example.org/x", "https:///path", "not a url",
                "file:///etc/passwd", "javascript:alert(1)", "")) {
            assertThat(PRODUCTION.refusal(url)).as(url).contains("must be an absolute https URL");
        }
        assertThat(PRODUCTION.refusal("https://user:pass@hooks.example.org/")).isPresent();
        assertThat(PRODUCTION.refusal("https://hooks.example.org/#x")).isPresent();
    }

    @Test
    void shouldAllowOnlyTheListedHostsWhenAListIsConfigured() {
        TargetPolicy listed = new TargetPolicy(false, Optional.of(List.of("Hooks.Example.org")));

        assertThat(listed.refusal("https://hooks.example.org/x")).isEmpty();
        assertThat(listed.refusal("https://other.example.org/x")).contains("must point at one of the hosts this service may call");
    }

    @Test
    void shouldRefuseToCallAnInternalAddressUnlessTheDeployerAllowedIt() {
        TargetPolicy production = new TargetPolicy(false, Optional.empty());
        assertThat(production.refusalAtSend(URI.create("https://10.0.0.5:8443/admin"))).isPresent();
        assertThat(production.refusalAtSend(URI.create("https://127.0.0.1/hook"))).isPresent();
        assertThat(production.refusalAtSend(URI.create("https://169.254.169.254/latest"))).isPresent();
        assertThat(production.refusalAtSend(URI.create("https://[fd00::1]/hook"))).isPresent();
        assertThat(production.refusalAtSend(URI.create("https://93.184.215.14/hook"))).isEmpty();
        assertThat(new TargetPolicy(false, Optional.of(List.of("10.0.0.5"))).refusalAtSend(URI.create("https://10.0.0.5/hook")))
                .isEmpty();
        assertThat(new TargetPolicy(true, Optional.empty()).refusalAtSend(URI.create("http://127.0.0.1:9000/hook"))).isEmpty();
    }
}

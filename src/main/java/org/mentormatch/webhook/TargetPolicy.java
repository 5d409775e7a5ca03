package org.mentormatch.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs a webhook may point at: https anywhere (or only to the configured hosts), plain http only to this
 * machine and only where configured (dev and test). Registration is decided from the URL as written, never by a DNS
 * lookup, so its answer cannot change with what a name resolves to; each attempt then refuses a name that resolves
 * to an internal address unless the deployer allowed it ({@link #refusalAtSend}).
 */
@ApplicationScoped
class TargetPolicy {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "[::1]");

    private final boolean insecureLoopback;
    private final Optional<List<String>> allowedHosts;

    @Inject
    TargetPolicy(WebhookSettings settings) {
        this(settings.allowInsecureLoopback(), settings.allowedHosts());
    }

    TargetPolicy(boolean insecureLoopback, Optional<List<String>> allowedHosts) {
        this.insecureLoopback = insecureLoopback;
        this.allowedHosts = allowedHosts.map(hosts -> hosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList());
    }

    /** Why {@code url} is refused, or empty when a webhook may point there. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !List.of("https", "http").contains(scheme)) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must not carry credentials or a fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !(insecureLoopback && isLoopback(host))) {
            return Optional.of(insecureLoopback
                    ? "must use https (http only to this machine: 127.0.0.1, ::1 or localhost)"
                    : "must use https");
        }
        if (scheme.equals("https") && allowedHosts.isPresent() && !allowedHosts.get().contains(host)) {
            return Optional.of("must point at one of the hosts this service may call");
        }
        return Optional.empty();
    }

    /**
     * Why an attempt to {@code uri} is refused now, or empty: a name that resolves to this machine or a private,
     * link-local or unique-local network is called only when the deployer allowed it (the host in the allowed
     * hosts, or loopback where insecure loopback is on), so a webhook cannot be used to probe the service's own
     * network. Checked at each attempt, because what a name resolves to can change after it was registered.
     */
    Optional<String> refusalAtSend(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.map(hosts -> hosts.contains(host)).orElse(false) || (insecureLoopback && isLoopback(host))) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException unknown) {
            return Optional.empty(); // the attempt itself fails and says so
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("Refused: %s resolves to a local or private address (%s); list the host in "
                        .formatted(host, address.getHostAddress()) + "mentor-match.webhooks.allowed-hosts to call it");
            }
        }
        return Optional.empty();
    }

    private static boolean isInternal(InetAddress address) {
        boolean uniqueLocal = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal;
    }

    private static boolean isLoopback(String host) {
        return LOOPBACK_NAMES.contains(host) || IPV4_LOOPBACK.matcher(host).matches();
    }
}

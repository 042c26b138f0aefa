package io.mwportal.platform.events;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where a webhook may point: an HTTPS URL whose host resolves only to public addresses, so that no client can make
 * the portal call into the city's own network, the cloud's metadata service or itself (SSRF). Checked when a
 * subscription is saved and again before each delivery (a name may resolve elsewhere later). The test profile
 * allows plain HTTP to loopback receivers ({@code portal.events.webhooks.allow-private-destinations}).
 */
@ApplicationScoped
public class Destinations {

    @Inject
    EventsConfig config;

    /** Why {@code url} may not receive webhooks (a problem code of field {@code url}), or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("INVALID_URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean privateAllowed = config.webhooks().allowPrivateDestinations();
        if (!scheme.equals("https") && !(privateAllowed && scheme.equals("http"))) {
            return Optional.of("HTTPS_REQUIRED");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("INVALID_URL");
        }
        if (privateAllowed) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("PRIVATE_DESTINATION");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("UNKNOWN_HOST");
        }
        return Optional.empty();
    }

    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 12; i++) {
            zeros &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        if (zeros || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    /** Public unicast: not loopback, private, link-local (metadata), shared (100.64/10), multicast or unique-local. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)) {
                return false; // fc00::/7 unique local; 2001::/32 Teredo (an IPv4 address hidden inside)
            }
            // IPv4 inside IPv6: IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16. Judged as that IPv4.
            byte[] v4 = embeddedIpv4(b);
            if (v4 != null) {
                try {
                    return isPublic(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, carrier-grade NAT
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15, benchmarking
                && first < 240; // reserved and broadcast
    }
}

package io.mwportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client address behind trusted proxies, walked from the right (plain unit test, no server). */
class ForwardedForUnitTest {

    private final ForwardedFor xff = new ForwardedFor(List.of("10.0.0.0/8", "127.0.0.1", "::1", "fd00::/8"),
            "X-Forwarded-For");
    private final ForwardedFor forwarded = new ForwardedFor(List.of("10.0.0.0/8"), "Forwarded");

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For [{1}] → {2}")
    @CsvSource(delimiter = '|', value = {
            // No header, or an untrusted peer: the peer, whatever the header says.
            "203.0.113.9 |                                     | 203.0.113.9",
            "203.0.113.9 | 198.51.100.1                        | 203.0.113.9",
            // Behind the ingress: the entry it appended.
            "10.1.2.3    | 198.51.100.1                        | 198.51.100.1",
            // The client's own left-most entries are never believed: the ingress appended the real one.
            "10.1.2.3    | 1.2.3.4, 198.51.100.1               | 198.51.100.1",
            "10.1.2.3    | unknown, 198.51.100.1               | 198.51.100.1",
            // Two trusted hops are skipped.
            "10.1.2.3    | 198.51.100.1, 10.9.9.9              | 198.51.100.1",
            // Every hop trusted: the left-most one.
            "10.1.2.3    | 10.7.7.7, 10.9.9.9                  | 10.7.7.7",
            // Unparsable where the walk needs it: the peer (RFC 7239 'unknown', host names, garbage).
            "10.1.2.3    | unknown                             | 10.1.2.3",
            "10.1.2.3    | evil.example                        | 10.1.2.3",
            "10.1.2.3    | 198.51.100.1, _hidden               | 10.1.2.3",
            "10.1.2.3    | 999.1.1.1                           | 10.1.2.3",
            "10.1.2.3    | '1.2.3.4;rm -rf'                    | 10.1.2.3",
            // Ports and IPv6 forms.
            "10.1.2.3    | 198.51.100.1:5555                   | 198.51.100.1",
            "10.1.2.3    | [2001:db8::1]:80                    | 2001:db8::1",
            "10.1.2.3    | [::1]:80                            | ::1",
            "10.1.2.3    | 2001:DB8:0:0:0:0:0:1                | 2001:db8::1",
            "10.1.2.3    | [2001:db8::1                        | 10.1.2.3",
            "10.1.2.3    | ::ffff:198.51.100.1                 | 198.51.100.1",
            "::1         | 2001:db8::7                         | 2001:db8::7",
            "::ffff:10.1.2.3 | 198.51.100.1                    | 198.51.100.1",
    })
    void walksFromTheRight(String peer, String header, String client) {
        assertEquals(client, xff.resolve(peer, header == null ? List.of() : List.of(header)));
    }

    @Test
    void severalHeaderLinesAreOneList() {
        assertEquals("198.51.100.1", xff.resolve("10.1.2.3", List.of("1.2.3.4", "198.51.100.1, 10.0.0.5")));
    }

    @Test
    void noPeerIsUnknown() {
        assertEquals("unknown", xff.resolve(null, List.of("198.51.100.1")));
    }

    @Test
    void rfc7239ForwardedIsReadWhenConfigured() {
        assertEquals("198.51.100.1", forwarded.resolve("10.0.0.1",
                List.of("for=1.2.3.4, for=198.51.100.1;proto=https;by=10.0.0.1")));
        assertEquals("2001:db8::17", forwarded.resolve("10.0.0.1", List.of("for=\"[2001:db8::17]:4711\"")));
        assertEquals("10.0.0.1", forwarded.resolve("10.0.0.1", List.of("for=unknown")));
        assertEquals("10.0.0.1", forwarded.resolve("10.0.0.1", List.of("proto=https")));
    }

    @Test
    void rateLimitKeysGroupAnIpv6SubscriberLine() {
        assertEquals("198.51.100.1", ForwardedFor.rateLimitKey("198.51.100.1"));
        assertEquals("2001:db8:1:2::/64", ForwardedFor.rateLimitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(ForwardedFor.rateLimitKey("2001:db8:1:2::1"), ForwardedFor.rateLimitKey("2001:db8:1:2::ffff"));
    }

    @Test
    void cidrRangesNeedNotEndOnAByte() {
        ForwardedFor ten = new ForwardedFor(List.of("10.64.0.0/10", "2001:db8:8000::/33"), "X-Forwarded-For");
        assertEquals("198.51.100.1", ten.resolve("10.127.255.1", List.of("198.51.100.1")), "inside /10");
        assertEquals("10.128.0.1", ten.resolve("10.128.0.1", List.of("198.51.100.1")), "just outside /10");
        assertEquals("10.63.255.255", ten.resolve("10.63.255.255", List.of("198.51.100.1")));
        assertEquals("198.51.100.1", ten.resolve("2001:db8:ffff::1", List.of("198.51.100.1")), "inside /33");
        assertEquals("2001:db8:7fff::1", ten.resolve("2001:db8:7fff::1", List.of("198.51.100.1")));
        ForwardedFor everyone = new ForwardedFor(List.of("0.0.0.0/0"), "X-Forwarded-For");
        assertEquals("198.51.100.1", everyone.resolve("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("::1", everyone.resolve("::1", List.of("198.51.100.1")), "an IPv4 range never holds IPv6");
        ForwardedFor one = new ForwardedFor(List.of("203.0.113.5/32", " ", "2001:db8::5/128"), "x-forwarded-for");
        assertEquals("198.51.100.1", one.resolve("203.0.113.5", List.of("198.51.100.1")));
        assertEquals("203.0.113.6", one.resolve("203.0.113.6", List.of("198.51.100.1")));
        assertEquals("198.51.100.1", one.resolve("2001:db8::5", List.of("198.51.100.1")));
        assertEquals("X-Forwarded-For", one.header());
        assertEquals("Forwarded", forwarded.header());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "[2001:db8::1]x", "[2001:db8::1]:abc", "[2001:db8::1]:",
            "[1.2.3.4]", "1.2.3.4:abc", "1.2.3.4:", "1.2.3.4:123456", "[]", "2001:db8::1:99999" })
    void malformedAddressesAreUnparsable(String entry) {
        assertEquals("10.1.2.3", xff.resolve("10.1.2.3", List.of(entry)), entry);
    }

    @Test
    void onlyIpv4MappedAddressesBecomeIpv4() {
        // The deprecated IPv4-compatible form names the IPv4 address too (Netty reads it so).
        assertEquals("198.51.100.1", xff.resolve("10.1.2.3", List.of("::198.51.100.1")));
        assertEquals("::ffef:c633:6401", xff.resolve("10.1.2.3", List.of("::ffef:c633:6401")));
        assertEquals("::1:ffff:c633:6401", xff.resolve("10.1.2.3", List.of("::1:ffff:c633:6401")));
        assertEquals("198.51.100.1", xff.resolve("10.1.2.3", List.of("::ffff:c633:6401")));
    }

    @Test
    void ranges0And32AndMoreAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ForwardedFor(List.of("10.0.0.0/-1"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ForwardedFor(List.of("10.0.0.0/x"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ForwardedFor(List.of("::1/129"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ForwardedFor(List.of("/8"), "X-Forwarded-For"));
    }

    @Test
    void badConfigurationIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ForwardedFor(List.of("10.0.0.0/33"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ForwardedFor(List.of("ingress.local"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ForwardedFor(List.of("10.0.0.1"), "X-Real-IP"));
    }
}

package io.mwportal.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.netty.util.NetUtil;

/**
 * Finds the client's address behind trusted proxies the standard way: start at the peer; while the address in hand
 * is a trusted proxy, step one entry left in the forwarding header (each proxy appends the address it received the
 * request from, so only entries to the right of the first untrusted one were written by proxies we trust). The
 * left-most entries are whatever the client chose to send and are never believed.
 *
 * <p>Anything that is not an IP literal ({@code unknown}, an obfuscated {@code _name}, a host name) ends the walk:
 * the peer address is used. Nothing here resolves a name (no DNS).
 *
 * <p>Pure and immutable: built once from configuration, unit-tested without a server.
 */
public final class ForwardedFor {

    /** One trusted address or CIDR range. */
    private record Range(byte[] network, int prefixBits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> trusted;
    private final boolean rfc7239;

    /**
     * @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code ::1})
     * @param header {@code X-Forwarded-For} or {@code Forwarded}
     * @throws IllegalArgumentException for an entry that is neither (checked at start)
     */
    public ForwardedFor(List<String> trustedProxies, String header) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            String value = entry.trim();
            if (value.isEmpty()) {
                continue;
            }
            int slash = value.indexOf('/');
            byte[] network = address(slash < 0 ? value : value.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + value);
            }
            int bits = network.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(value.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Not a CIDR range: " + value);
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("Not a CIDR range: " + value);
                }
            }
            ranges.add(new Range(network, bits));
        }
        this.trusted = List.copyOf(ranges);
        String name = header.trim().toLowerCase(Locale.ROOT);
        if (!name.equals("x-forwarded-for") && !name.equals("forwarded")) {
            throw new IllegalArgumentException("portal.http.forwarded-header must be X-Forwarded-For or Forwarded");
        }
        this.rfc7239 = name.equals("forwarded");
    }

    /** The name of the header this resolver reads. */
    public String header() {
        return rfc7239 ? "Forwarded" : "X-Forwarded-For";
    }

    /**
     * The client's address in canonical form.
     *
     * @param peer the address of the TCP peer (may be null for a request without one)
     * @param headerValues every value of the forwarding header, in the order received (may be empty)
     */
    public String resolve(String peer, List<String> headerValues) {
        byte[] peerAddress = peer == null ? null : address(peer);
        if (peerAddress == null) {
            return "unknown";
        }
        byte[] current = peerAddress;
        List<String> hops = hops(headerValues);
        for (int i = hops.size() - 1; i >= 0 && isTrusted(current); i--) {
            byte[] previous = address(hops.get(i));
            if (previous == null) {
                return canonical(peerAddress);
            }
            current = previous;
        }
        return canonical(current);
    }

    boolean isTrusted(byte[] address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The entries of the header, left to right, as written (the {@code for=} value for RFC 7239). */
    private List<String> hops(List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        for (String value : headerValues) {
            if (value == null) {
                continue;
            }
            for (String element : value.split(",")) {
                hops.add(rfc7239 ? forValue(element) : element.trim());
            }
        }
        return hops;
    }

    /** {@code for=192.0.2.60;proto=http} → {@code 192.0.2.60}; an element without {@code for=} → "". */
    private static String forValue(String element) {
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equalsIgnoreCase("for")) {
                String value = pair.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return "";
    }

    /**
     * The bytes of an IP literal, with an optional port ({@code 192.0.2.1:80}, {@code [2001:db8::1]:80}); an
     * IPv4-mapped IPv6 address becomes its IPv4 address. Null for anything else.
     */
    static byte[] address(String text) {
        String value = text.trim();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || !(close == value.length() - 1 || isPort(value.substring(close + 1)))) {
                return null;
            }
            value = value.substring(1, close);
            if (!NetUtil.isValidIpV6Address(value)) {
                return null;
            }
        } else if (value.indexOf(':') == value.lastIndexOf(':') && value.indexOf(':') > 0) {
            // IPv4 with a port: exactly one colon.
            int colon = value.indexOf(':');
            if (!isPort(value.substring(colon))) {
                return null;
            }
            value = value.substring(0, colon);
        }
        if (!NetUtil.isValidIpV4Address(value) && !NetUtil.isValidIpV6Address(value)) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
        if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
            byte[] v4 = new byte[4];
            System.arraycopy(bytes, 12, v4, 0, 4);
            return v4;
        }
        return bytes;
    }

    private static boolean isPort(String colonAndDigits) {
        return colonAndDigits.matches(":\\d{1,5}");
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }

    static String canonical(byte[] address) {
        return NetUtil.bytesToIpAddress(address);
    }

    /**
     * The part of an address that identifies one client for a rate limit: an IPv4 address whole, an IPv6 address
     * by its /64 (one subscriber line gets a whole /64 and can pick any address in it).
     */
    public static String rateLimitKey(String canonicalAddress) {
        byte[] bytes = address(canonicalAddress);
        if (bytes == null || bytes.length == 4) {
            return canonicalAddress;
        }
        byte[] prefix = new byte[16];
        System.arraycopy(bytes, 0, prefix, 0, 8);
        return canonical(prefix) + "/64";
    }
}

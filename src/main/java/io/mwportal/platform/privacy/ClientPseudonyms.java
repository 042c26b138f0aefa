package io.mwportal.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pseudonyms of client addresses, for what must hold across instances without keeping the address: rate limits and
 * the Idempotency-Key scope of anonymous reports. An unkeyed hash of an IPv4 address is reversed by hashing all 2^32
 * of them; this is HMAC-SHA256 under a key of the day, derived from the deployment's secret
 * ({@code portal.crypto.key}, held in memory, never written to the database). The key changes at midnight UTC, so
 * yesterday's pseudonyms link to nothing today, and a database dump without the secret reveals no address.
 *
 * <p>The cost of the daily change: a rate-limit window and an anonymous retry do not carry over midnight UTC.
 */
@ApplicationScoped
public class ClientPseudonyms {

    private record DayKey(LocalDate day, SecretKeySpec key) {
    }

    private final byte[] root;
    private final Clock clock;
    private volatile DayKey current;

    public ClientPseudonyms(@ConfigProperty(name = "portal.crypto.key") String base64Key, Clock clock) {
        // A key of its own, so the field-encryption key is never used directly for a second purpose.
        this.root = hmac(Base64.getDecoder().decode(base64Key.trim()), "client-pseudonyms");
        this.clock = clock;
    }

    /** 32 hex characters identifying {@code address} for {@code purpose} today. */
    public String of(String purpose, String address) {
        byte[] digest = hmac(dayKey().key().getEncoded(), purpose + '\n' + address);
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private DayKey dayKey() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DayKey key = current;
        if (key == null || !key.day().equals(today)) {
            key = new DayKey(today, new SecretKeySpec(hmac(root, "day:" + today), "HmacSHA256"));
            current = key;
        }
        return key;
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

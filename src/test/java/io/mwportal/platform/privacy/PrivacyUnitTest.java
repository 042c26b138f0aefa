package io.mwportal.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Field encryption and the daily pseudonyms of client addresses, without a server. */
class PrivacyUnitTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void encryptionIsRandomisedAndReversibleOnlyWithTheKey() {
        FieldCrypto crypto = new FieldCrypto(KEY);
        String first = crypto.encrypt("6222021234567890123");
        String second = crypto.encrypt("6222021234567890123");
        assertTrue(first.startsWith("v1:"));
        assertFalse(first.contains("6222021234567890123"));
        assertNotEquals(first, second, "a fresh IV every time");
        assertEquals("6222021234567890123", crypto.decrypt(first));
        assertEquals("6222021234567890123", crypto.decrypt(second));
        assertNull(crypto.encrypt(null));
        assertNull(crypto.decrypt(null));
        assertThrows(IllegalStateException.class, () -> new FieldCrypto(OTHER_KEY).decrypt(first));
        assertThrows(IllegalStateException.class, () -> crypto.decrypt("v0:abc"));
        // Flip one bit of the ciphertext itself (editing base64 text may only touch padding bits).
        byte[] sealed = Base64.getDecoder().decode(first.substring("v1:".length()));
        sealed[sealed.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(sealed);
        assertThrows(IllegalStateException.class, () -> crypto.decrypt(tampered));
        assertThrows(IllegalStateException.class, () -> new FieldCrypto(Base64.getEncoder().encodeToString(new byte[16])));
    }

    @Test
    void pseudonymsAreStableForADayAndThenChange() {
        ClientPseudonyms morning = new ClientPseudonyms(KEY, at("2026-11-29T01:00:00Z"));
        ClientPseudonyms evening = new ClientPseudonyms(KEY, at("2026-11-29T23:59:59Z"));
        ClientPseudonyms nextDay = new ClientPseudonyms(KEY, at("2026-11-30T00:00:00Z"));
        String today = morning.of("wage-reports", "198.51.100.7");
        assertTrue(today.matches("[0-9a-f]{32}"), today);
        assertEquals(today, evening.of("wage-reports", "198.51.100.7"), "the same on every instance all day");
        assertNotEquals(today, nextDay.of("wage-reports", "198.51.100.7"), "unlinkable the next day");
        assertNotEquals(today, morning.of("wage-reports", "198.51.100.8"));
        assertNotEquals(today, morning.of("other-purpose", "198.51.100.7"));
        // One instance running across midnight changes its key too.
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T23:59:59Z"));
        ClientPseudonyms running = new ClientPseudonyms(KEY, clock);
        assertEquals(today, running.of("wage-reports", "198.51.100.7"));
        clock.now = Instant.parse("2026-11-30T00:00:01Z");
        assertEquals(nextDay.of("wage-reports", "198.51.100.7"), running.of("wage-reports", "198.51.100.7"));
        assertNotEquals(today, new ClientPseudonyms(OTHER_KEY, at("2026-11-29T01:00:00Z")).of("wage-reports",
                "198.51.100.7"), "keyed: nobody without the secret can recompute it");
    }
}

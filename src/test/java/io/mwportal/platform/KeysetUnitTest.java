package io.mwportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.mwportal.platform.paging.Keyset;

/** The continuation token: round trip to the microsecond PostgreSQL keeps, and nothing else parses. */
class KeysetUnitTest {

    @Test
    void roundTripKeepsMicroseconds() {
        for (Instant at : new Instant[] { Instant.parse("2026-11-29T23:59:59.123456Z"), Instant.EPOCH,
                Instant.parse("9999-12-31T23:59:59.999999Z"), Instant.parse("2026-01-01T00:00:00Z") }) {
            Keyset keyset = new Keyset(at, 42);
            assertEquals(Optional.of(keyset), Keyset.parse(keyset.token()), at.toString());
            assertTrue(keyset.token().matches("[A-Za-z0-9_-]+"), "URL-safe, no padding: " + keyset.token());
        }
    }

    @Test
    void foreignTokensAreRefused() {
        for (String token : new String[] { "", "garbage!", "MTIz", "MTIzOmFiYw", "OjE", "MTIzOjQ1OjY", "MjUzNDAyMzAwODAwMDAwMDAwOjE",
                "OTk5OTk5OTk5OTk5OTk5OTk5OTo1", "LTE6LTE" }) {
            assertEquals(Optional.empty(), Keyset.parse(token), token);
        }
        assertEquals(Optional.of(new Keyset(Instant.ofEpochSecond(0, 1000), 1)), Keyset.parse("MTox"));
    }
}

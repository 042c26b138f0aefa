package io.mwportal.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a list ordered newest first left off: the last item's time and id, handed to the client as an opaque
 * {@code next} token and read back from {@code ?after=}. Continuing from a position costs what the first page costs,
 * however deep the client goes, where an offset makes the database read and throw away every earlier row.
 */
public record Keyset(Instant at, long id) {

    /** Later than any time a row was written; PostgreSQL refuses times past its range, so a token must not reach it. */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static final Pattern FORM = Pattern.compile("(\\d{1,19}):(\\d{1,19})");

    public String token() {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a token names, or empty when it is not one this server made (tampered, truncated, foreign). */
    public static Optional<Keyset> parse(String token) {
        try {
            Matcher m = FORM.matcher(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII));
            if (!m.matches()) {
                return Optional.empty();
            }
            long micros = Long.parseLong(m.group(1));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
            return at.isAfter(LATEST) ? Optional.empty() : Optional.of(new Keyset(at, Long.parseLong(m.group(2))));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}

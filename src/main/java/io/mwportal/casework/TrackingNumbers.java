package io.mwportal.casework;

import java.security.SecureRandom;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Tracking numbers such as {@code WC-2026-7K3M-9QXD}: the case type, the year, and 8 random characters of
 * Crockford's base 32 (no I, L, O, U: easy to read out on the phone). 40 random bits make a number
 * unguessable from another; access is checked on every use anyway. Random numbers collide by the birthday bound
 * (with 1.8 million cases of a type in a year, once in about 600,000 filings): a filing that drew a taken number is
 * run again ({@link #drawingAgainIfTaken}).
 */
@ApplicationScoped
public class TrackingNumbers {

    private static final String UNIQUE = "case_file_tracking_number_key";

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    String next(String prefix, int year) {
        StringBuilder number = new StringBuilder(prefix).append('-').append(year).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }

    /**
     * Runs a filing's transaction, and once more if the number it drew was taken: the database refused the case, so
     * the first attempt wrote nothing (its Idempotency-Key either), and the second draws another number.
     */
    public <T> T drawingAgainIfTaken(Supplier<T> filing) {
        try {
            return filing.get();
        } catch (RuntimeException refused) {
            if (!taken(refused)) {
                throw refused;
            }
            return filing.get();
        }
    }

    private static boolean taken(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && UNIQUE.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}

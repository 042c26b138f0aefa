package io.mwportal.casework;

import java.security.SecureRandom;

/**
 * Tracking numbers such as {@code WC-2026-7K3M-9QXD}: the case type, the year, and 8 random characters of
 * Crockford's base 32 (no I, L, O, U: easy to read out on the phone). 40 random bits make a number
 * unguessable from another; access is checked on every use anyway.
 */
final class TrackingNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumbers() {
    }

    static String next(String prefix, int year) {
        StringBuilder number = new StringBuilder(prefix).append('-').append(year).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }
}

package io.mwportal.platform.privacy;

/**
 * Masks personal data for viewers who are neither the data subject nor the handling office (PIPL;
 * docs/security.md). Keeps just enough to recognise one's own data: the region and check digit of an ID number, the
 * network prefix and last digits of a phone, the last four digits of a card.
 */
public final class Masking {

    private Masking() {
    }

    /** {@code 210702199001011234} → {@code 210702********1234}. */
    public static String idNumber(String value) {
        return value == null ? null : keep(value, 6, 4);
    }

    /** {@code 13800138000} → {@code 138****8000}. */
    public static String phone(String value) {
        return value == null ? null : keep(value, 3, 4);
    }

    /** {@code 6222021234567890123} → {@code ***************0123}. */
    public static String bankCard(String value) {
        return value == null ? null : keep(value, 0, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}

package io.mwportal.platform.validation;

/**
 * ISO 7064 MOD 11-2, the check character of resident ID numbers (GB 11643) and of the portal's residence-permit
 * numbers: it catches every single wrong digit and every swap of two neighbours.
 */
public final class Iso7064 {

    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private Iso7064() {
    }

    /** The check character of {@code digits} (ASCII digits only). */
    public static char mod11Check(String digits) {
        int sum = 0;
        int weight = 1;
        // Weights are 2^i mod 11 counted from the right end (i = 1 next to the check character).
        for (int i = digits.length() - 1; i >= 0; i--) {
            weight = weight * 2 % 11;
            sum += (digits.charAt(i) - '0') * weight;
        }
        return CHECK[sum % 11];
    }

    /** Whether the last character of {@code value} is the check character of the digits before it. */
    public static boolean hasValidCheck(String value) {
        return value.length() > 1 && mod11Check(value.substring(0, value.length() - 1)) == value.charAt(value.length() - 1);
    }
}

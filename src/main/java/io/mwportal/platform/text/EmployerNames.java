package io.mwportal.platform.text;

import java.util.regex.Pattern;

/**
 * The key two spellings of one organisation's name share: normalised as the job screen and search normalise text
 * ({@link TextNormalizer}: full-width to half-width, traditional to simplified, no spaces, Latin lower case), then
 * without punctuation and brackets, and with the legal form written one way (有限责任公司 → 有限公司, 股份有限公司 kept
 * apart: a different legal form). {@code 锦州 宏达建筑工程（有限责任公司）} and {@code 锦州宏达建筑工程有限公司} share a key.
 */
public final class EmployerNames {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    /** The length of the key columns (V24). */
    static final int MAX_LENGTH = 200;

    private EmployerNames() {
    }

    /** The key, or null when nothing is left of the name (only punctuation): such names link to nothing. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = PUNCTUATION.matcher(TextNormalizer.normalized(name)).replaceAll("");
        key = key.replace("有限责任公司", "有限公司");
        // Normalising can lengthen a name (㍿ → 株式会社); the key columns hold 200 characters.
        key = key.substring(0, key.offsetByCodePoints(0, Math.min(key.codePointCount(0, key.length()), MAX_LENGTH)));
        return key.isEmpty() ? null : key;
    }
}

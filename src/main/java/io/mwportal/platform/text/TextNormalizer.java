package io.mwportal.platform.text;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * One normalisation of Chinese text for everything that compares it (the discrimination screen, job search): Unicode
 * NFKC (full-width letters and digits, compatibility forms), traditional → simplified characters (ICU's
 * Traditional-Simplified transform), Latin lower case, and every whitespace, zero-width and other invisible format
 * character removed, so that "限 男"、"限\u200b男"、"ＭＡＬＥ ｏｎｌｙ" and "殘疾人" compare as "限男", "maleonly",
 * "残疾人". Punctuation is kept (NFKC makes full-width punctuation ASCII). Conversion is character by character (乾隆
 * becomes 干隆): harmless, since both sides of every comparison are normalised alike.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    /** Each code point's normalised form, memoised: the alphabet of job ads is small and the transform is not cheap. */
    private static final Map<Integer, String> FORMS = new ConcurrentHashMap<>();

    private TextNormalizer() {
    }

    /** {@code text} normalised, with the map back to it. */
    public static NormalizedText normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] start = new int[text.length() * 2 + 4];
        int[] end = new int[start.length];
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String form = FORMS.computeIfAbsent(codePoint, TextNormalizer::form);
            for (int k = 0; k < form.length(); k++) {
                if (out.length() == start.length) {
                    start = Arrays.copyOf(start, start.length * 2);
                    end = Arrays.copyOf(end, end.length * 2);
                }
                start[out.length()] = i;
                end[out.length()] = next;
                out.append(form.charAt(k));
            }
            i = next;
        }
        return new NormalizedText(text, out.toString(), start, end);
    }

    /** Just the normalised string. */
    public static String normalized(String text) {
        return normalize(text).text();
    }

    private static String form(int codePoint) {
        if (isInvisible(codePoint)) {
            return "";
        }
        String nfkc = NFKC.normalize(new String(Character.toChars(codePoint)));
        StringBuilder form = new StringBuilder();
        String simplified;
        synchronized (TO_SIMPLIFIED) {
            simplified = TO_SIMPLIFIED.transliterate(nfkc);
        }
        simplified.codePoints().filter(c -> !isInvisible(c))
                .forEach(c -> form.appendCodePoint(Character.toLowerCase(c)));
        return form.toString();
    }

    /** Whitespace (ASCII, no-break, ideographic) and format characters (zero-width spaces and joiners, BOM, soft hyphen). */
    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || Character.isISOControl(codePoint);
    }
}

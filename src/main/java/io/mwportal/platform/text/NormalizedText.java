package io.mwportal.platform.text;

/**
 * Text as the screen and search compare it ({@link TextNormalizer}), with the way back to the text as written: each
 * normalised character knows the span of the original it came from, so a finding is reported in the writer's own
 * characters (spaces, full-width letters, traditional characters and all).
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] start;
    private final int[] end;

    NormalizedText(String original, String text, int[] start, int[] end) {
        this.original = original;
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** The original text that normalised to {@code text().substring(from, to)}. */
    public String original(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(start[from], end[to - 1]);
    }

    @Override
    public String toString() {
        return text;
    }
}

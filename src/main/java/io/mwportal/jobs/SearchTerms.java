package io.mwportal.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese has no spaces between words, so the index holds every pair of adjacent characters (bigram) of the
 * searchable text: a two-character word such as 焊工 is one term, a longer word is found through all its pairs
 * and then rechecked as a substring. Punctuation and spaces break the text into pieces; pairs never span them.
 */
final class SearchTerms {

    private SearchTerms() {
    }

    /** Lower-cased text with runs of punctuation and space turned into one space. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s　]+", " ").trim();
    }

    /** The distinct bigrams of already normalised text (one-character pieces have none). */
    static List<String> bigrams(String normalized) {
        Set<String> terms = new LinkedHashSet<>();
        for (String piece : normalized.split(" ")) {
            int[] chars = piece.codePoints().toArray();
            for (int i = 0; i + 1 < chars.length; i++) {
                terms.add(new String(chars, i, 2));
            }
        }
        return new ArrayList<>(terms);
    }
}

package io.mwportal.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.mwportal.platform.text.TextNormalizer;

/**
 * Chinese has no spaces between words, so the index holds every pair of adjacent characters (bigram) of the
 * searchable text: a two-character word such as 焊工 is one term, a longer word is found through all its pairs
 * and then rechecked as a substring. Text is first normalised as the screen normalises it ({@link TextNormalizer}:
 * full-width letters, traditional characters, case and spaces no longer matter, so "ＣＡＤ 制圖" finds "CAD制图");
 * punctuation then breaks it into pieces, and pairs never span them.
 */
final class SearchTerms {

    private SearchTerms() {
    }

    /** Normalised text with each run of punctuation turned into one space (the pieces). */
    static String normalize(String text) {
        return TextNormalizer.normalized(text).replaceAll("[\\p{Punct}\\p{IsPunctuation}]+", " ").trim();
    }

    /**
     * The words of a search query, each normalised: spaces (of any width) separate the words a hit must all contain,
     * and so does punctuation.
     */
    static List<String> queryWords(String query) {
        List<String> words = new ArrayList<>();
        for (String word : query.split("[\\s\\p{Z}]+")) {
            for (String piece : normalize(word).split(" ")) {
                if (!piece.isEmpty()) {
                    words.add(piece);
                }
            }
        }
        return words;
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

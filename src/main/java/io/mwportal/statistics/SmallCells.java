package io.mwportal.statistics;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which counts of a public table to withhold (statistical disclosure control): every count of 1 to
 * {@code smallest - 1} people, and then, where a total is the sum of parts, enough others that no withheld count
 * can be worked out by subtraction (a total with exactly one part withheld: the smallest other part is withheld too,
 * or the total when there is none). Zero is shown: it tells nothing about anyone.
 */
public final class SmallCells {

    /** A total and the counts that add up to it. */
    public record Sum(String total, List<String> parts) {
    }

    private SmallCells() {
    }

    public static Set<String> suppressed(Map<String, Long> counts, List<Sum> sums, int smallest) {
        Set<String> hidden = new LinkedHashSet<>();
        counts.forEach((name, value) -> {
            if (value != null && value > 0 && value < smallest) {
                hidden.add(name);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                if (hidden.contains(sum.total())) {
                    continue;
                }
                List<String> hiddenParts = sum.parts().stream().filter(hidden::contains).toList();
                if (hiddenParts.size() != 1) {
                    continue;
                }
                Optional<String> other = sum.parts().stream()
                        .filter(part -> !hidden.contains(part) && counts.getOrDefault(part, 0L) > 0)
                        .min(Comparator.comparing(part -> counts.get(part)));
                hidden.add(other.orElse(sum.total()));
                changed = true;
            }
        }
        return hidden;
    }
}

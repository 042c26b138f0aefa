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
 * can be worked out by subtraction: a sum (total and parts) with exactly one member withheld loses its smallest other
 * member that is not zero, until every sum has none or at least two withheld. Zero is shown: it tells nothing about
 * anyone.
 */
public final class SmallCells {

    /** A total and the counts that add up to it. */
    public record Sum(String total, List<String> parts) {
    }

    private SmallCells() {
    }

    /**
     * As {@link #suppressed(Map, List, int)}, for a cell whose {@code primary} count (the complaints filed, the
     * reports received) every other figure is about: when that count is withheld, everything in the cell is (a
     * cell of 1-4 complaints tells nothing, not even how many workers they were for).
     */
    public static Set<String> suppressedCell(Map<String, Long> counts, String primary, List<Sum> sums,
            int smallest) {
        Set<String> hidden = suppressed(counts, sums, smallest);
        if (hidden.contains(primary)) {
            counts.forEach((name, value) -> {
                if (value != null && value > 0) {
                    hidden.add(name);
                }
            });
        }
        return hidden;
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
                // total = parts: one unknown member of the equation can be solved for, two cannot.
                List<String> members = new java.util.ArrayList<>(sum.parts());
                members.add(sum.total());
                if (members.stream().filter(hidden::contains).count() != 1) {
                    continue;
                }
                Optional<String> other = members.stream()
                        .filter(member -> !hidden.contains(member) && counts.getOrDefault(member, 0L) > 0)
                        .min(Comparator.comparing(member -> counts.get(member)));
                if (other.isPresent()) {
                    hidden.add(other.get());
                    changed = true;
                }
            }
        }
        return hidden;
    }
}

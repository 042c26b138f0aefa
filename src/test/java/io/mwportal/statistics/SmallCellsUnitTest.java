package io.mwportal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmallCellsUnitTest {

    private static final List<SmallCells.Sum> DECIDED = List.of(new SmallCells.Sum("decided",
            List.of("accepted", "refused")));

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void countsOfOneToFourAreWithheldZeroAndFiveAreShown() {
        assertEquals(Set.of("b", "c"), SmallCells.suppressed(counts("a", 0, "b", 1, "c", 4, "d", 5), List.of(), 5));
    }

    @Test
    void aTotalWithOneWithheldPartLosesItsSmallestOtherPart() {
        assertEquals(Set.of("refused", "accepted"),
                SmallCells.suppressed(counts("decided", 12, "accepted", 9, "refused", 3), DECIDED, 5));
        List<SmallCells.Sum> three = List.of(new SmallCells.Sum("t", List.of("x", "y", "z")));
        assertEquals(Set.of("x", "z"), SmallCells.suppressed(counts("t", 20, "x", 2, "y", 11, "z", 7), three, 5));
    }

    @Test
    void withNoOtherPartToWithholdTheTotalGoes() {
        List<SmallCells.Sum> sum = List.of(new SmallCells.Sum("t", List.of("x", "y")));
        assertEquals(Set.of("x", "t"), SmallCells.suppressed(counts("t", 6, "x", 2, "y", 0), sum, 5));
    }

    @Test
    void twoWithheldPartsOrAWithheldTotalNeedNothingMore() {
        assertEquals(Set.of("accepted", "refused"),
                SmallCells.suppressed(counts("decided", 6, "accepted", 3, "refused", 3), DECIDED, 5));
        assertEquals(Set.of("decided", "refused"),
                SmallCells.suppressed(counts("decided", 4, "accepted", 0, "refused", 4), DECIDED, 5));
    }

    @Test
    void withholdingCascadesThroughNestedSums() {
        // refused = its reasons; decided = accepted + refused. A withheld reason takes the other reason (3 → both
        // withheld), then refused (7) stands and nothing more is needed; a withheld refused would take accepted.
        List<SmallCells.Sum> sums = List.of(new SmallCells.Sum("decided", List.of("accepted", "refused")),
                new SmallCells.Sum("refused", List.of("r1", "r2")));
        assertEquals(Set.of("r1", "r2"), SmallCells.suppressed(
                counts("decided", 20, "accepted", 13, "refused", 7, "r1", 4, "r2", 3), sums, 5));
        assertEquals(Set.of("refused", "r1", "accepted"), SmallCells.suppressed(
                counts("decided", 20, "accepted", 16, "refused", 4, "r1", 4), sums, 5));
    }

    @Test
    void aCellOfFewerThanFiveTellsNothingElseEither() {
        Map<String, Long> cell = counts("filed", 3, "workers", 40, "accepted", 0, "refusedByReason.X", 0);
        assertEquals(Set.of("filed", "workers"), SmallCells.suppressedCell(cell, "filed", DECIDED, 5));
        Map<String, Long> large = counts("filed", 9, "workers", 40, "accepted", 9);
        assertEquals(Set.of(), SmallCells.suppressedCell(large, "filed", DECIDED, 5));
    }

    @Test
    void aTotalWithheldAsAComplementIsNotGivenAwayByItsVisibleParts() {
        // received = opened + closed + pending; closed = its reasons. Hiding closed for opened (3) is not enough
        // while DUPLICATE (7) still shows closed: it goes too.
        List<SmallCells.Sum> sums = List.of(new SmallCells.Sum("received", List.of("opened", "closed", "pending")),
                new SmallCells.Sum("closed", List.of("closed.DUPLICATE")));
        assertEquals(Set.of("opened", "closed", "closed.DUPLICATE"), SmallCells.suppressed(
                counts("received", 20, "opened", 3, "closed", 7, "pending", 10, "closed.DUPLICATE", 7), sums, 5));
        List<SmallCells.Sum> decided = List.of(new SmallCells.Sum("decided", List.of("accepted", "refused")),
                new SmallCells.Sum("refused", List.of("refused.X")));
        assertEquals(Set.of("accepted", "refused", "refused.X"), SmallCells.suppressed(
                counts("decided", 10, "accepted", 3, "refused", 7, "refused.X", 7), decided, 5));
    }
}

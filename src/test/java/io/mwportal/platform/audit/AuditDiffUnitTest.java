package io.mwportal.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The audit keeps before and after of the fields that changed, and nothing else. */
class AuditDiffUnitTest {

    @Test
    void onlyChangedFieldsLessBookkeeping() {
        Map<String, Object> before = new HashMap<>(Map.of("status", "SUBMITTED", "headcount", 5, "version", 1,
                "updatedAt", "2026-01-01T00:00:00Z", "tags", List.of("a")));
        Map<String, Object> after = new HashMap<>(Map.of("status", "APPROVED", "headcount", 5, "version", 2,
                "updatedAt", "2026-01-02T00:00:00Z", "tags", List.of("a", "b"), "amount", "1000.00"));
        Map<String, Object> diff = ChangeSet.diff(before, after);
        assertEquals(List.of("amount", "status", "tags"), List.copyOf(diff.keySet()), "sorted, changed only");
        assertEquals(mapOf(null, "1000.00"), diff.get("amount"));
        assertEquals(mapOf("SUBMITTED", "APPROVED"), diff.get("status"));
        assertEquals(mapOf(List.of("a"), List.of("a", "b")), diff.get("tags"));
    }

    @Test
    void aCreationHasOnlyAfterAndARemovalOnlyBefore() {
        assertEquals(Map.of("name", mapOf(null, "开发区")), ChangeSet.diff(Map.of(), Map.of("name", "开发区")));
        assertEquals(Map.of("name", mapOf("开发区", null)), ChangeSet.diff(Map.of("name", "开发区"), Map.of()));
        assertEquals(Map.of(), ChangeSet.diff(Map.of("name", "开发区"), Map.of("name", "开发区")));
    }

    private static Map<String, Object> mapOf(Object before, Object after) {
        Map<String, Object> change = new HashMap<>();
        change.put("before", before);
        change.put("after", after);
        return change;
    }
}

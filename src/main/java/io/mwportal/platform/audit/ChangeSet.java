package io.mwportal.platform.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Before and after of the fields that changed between two JSON views of an object, for the audit. */
final class ChangeSet {

    /** Fields that change with every write and say nothing about what the actor did. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt");

    private ChangeSet() {
    }

    /** {@code {"field": {"before": b, "after": a}}} for every top-level field whose JSON value differs. */
    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!BOOKKEEPING.contains(field) && !Objects.equals(was, is)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", was);
                change.put("after", is);
                changes.put(field, Collections.unmodifiableMap(change));
            }
        }
        return changes;
    }
}

package io.mwportal.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Same request, same hash, whatever the order of its fields; any changed value, another hash. */
class RequestHashUnitTest {

    record Complaint(String name, int workers, List<String> items) {
    }

    @Test
    void orderOfFieldsDoesNotMatterValuesDo() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", "王强");
        a.put("amount", "36000.00");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("amount", "36000.00");
        b.put("name", "王强");
        assertEquals(RequestHash.of(a), RequestHash.of(b));
        b.put("amount", "36000.01");
        assertNotEquals(RequestHash.of(a), RequestHash.of(b));
        assertTrue(RequestHash.of(a).matches("[0-9a-f]{64}"));
        // SHA-256 of the canonical JSON {"amount":"36000.00","name":"王强"}.
        assertEquals("bacefed77843d94ce1212e4c043cacf2859174dce7825bcf202b9cf60dd9d779", RequestHash.of(a));
    }

    @Test
    void recordsHashByTheirComponents() {
        assertEquals(RequestHash.of(new Complaint("王强", 1, List.of("a", "b"))),
                RequestHash.of(new Complaint("王强", 1, List.of("a", "b"))));
        assertNotEquals(RequestHash.of(new Complaint("王强", 1, List.of("a", "b"))),
                RequestHash.of(new Complaint("王强", 1, List.of("b", "a"))), "list order is meaningful");
        assertNotEquals(RequestHash.of(new Complaint("王强", 1, List.of())),
                RequestHash.of(new Complaint("王强", 2, List.of())));
        assertEquals(RequestHash.of(Map.of("workers", 1, "name", "王强", "items", List.of())),
                RequestHash.of(new Complaint("王强", 1, List.of())), "a map and a record with the same JSON");
    }
}

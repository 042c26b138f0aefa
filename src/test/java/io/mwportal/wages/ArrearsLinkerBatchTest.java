package io.mwportal.wages;

import static io.mwportal.support.WageApi.complaintAgainst;
import static io.mwportal.support.WageApi.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mwportal.support.CountingStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The arrears linker's batches (the background linker is off here; each test runs its rounds itself): filings that
 * share nothing go in statements whose number does not grow with theirs, and a batch links as if its filings came one
 * by one.
 */
@QuarkusTest
@TestProfile(CountingStatements.class)
class ArrearsLinkerBatchTest {

    @Inject
    ArrearsLinker linker;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void linkWhatEarlierTestsFiled() {
        linkAll();
    }

    @Test
    void filingsThatShareNothingCostTheSameStatementsHoweverMany() {
        String first = fileAgainst("锦州" + suffix + "独一有限公司");
        long statementsForOne = statementsOfLinking();
        List<String> five = List.of(fileAgainst("锦州" + suffix + "甲有限公司"),
                fileAgainst("锦州" + suffix + "乙有限公司"), fileAgainst("锦州" + suffix + "丙有限公司"),
                fileAgainst("锦州" + suffix + "丁有限公司"), fileAgainst("锦州" + suffix + "戊有限公司"));
        long statementsForFive = statementsOfLinking();
        assertEquals(statementsForOne, statementsForFive);
        // Each starts a cluster of its own.
        Map<String, Long> clusters = clustersOf(five);
        assertEquals(5, new HashSet<>(clusters.values()).size());
        assertNotEquals(clustersOf(List.of(first)).get(first), clusters.get(five.get(0)));
    }

    @Test
    void aBatchJoinsWhatSharesAKeyAndLeavesTheRestAlone() {
        String earlier = fileAgainst("锦州" + suffix + "先到有限公司");
        linkAll();
        String alone = fileAgainst("锦州" + suffix + "独自有限公司");
        String pairA = fileAgainst("锦州" + suffix + "成对有限公司");
        // The same employer with the older legal form: the same key.
        String pairB = fileAgainst("锦州" + suffix + "成对有限责任公司");
        String joining = fileAgainst("锦州" + suffix + "先到有限责任公司");
        String alsoAlone = fileAgainst("锦州" + suffix + "另一有限公司");
        linkAll();
        Map<String, Long> clusters = clustersOf(List.of(earlier, alone, pairA, pairB, joining, alsoAlone));
        assertEquals(clusters.get(earlier), clusters.get(joining));
        assertEquals(clusters.get(pairA), clusters.get(pairB));
        assertEquals(4, new HashSet<>(clusters.values()).size(), clusters.toString());
    }

    private long statementsOfLinking() {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals(true, linker.linkCommitted() > 0, "a round found the filings");
        return statistics.getPrepareStatementCount();
    }

    private void linkAll() {
        while (linker.linkCommitted() > 0) {
            // until the cursor is at the newest event
        }
    }

    private Map<String, Long> clustersOf(List<String> trackingNumbers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select c.tracking_number, l.cluster_id from arrears_link l join case_file c on c.id = l.case_id
                     where c.tracking_number in (:numbers)""").setParameter("numbers", trackingNumbers).getResultList();
            assertEquals(trackingNumbers.size(), rows.size(), "every filing is linked");
            return rows.stream().collect(java.util.stream.Collectors.toMap(row -> (String) row[0],
                    row -> ((Number) row[1]).longValue()));
        });
    }

    private static String fileAgainst(String employer) {
        return file("wang.worker", complaintAgainst(employer)).then().statusCode(201).extract().path("trackingNumber");
    }
}

package io.mwportal.bench;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Public wage-complaint statistics against a running portal (README, "Benchmark: statistics"): periods of 1 to 24
 * months in the last two years, one office or all, {@code bench.rate} new requests a second for {@code bench.seconds}
 * (open model).
 */
public class StatisticsSimulation extends Simulation {

    private static final List<String> OFFICES = List.of("", "210702", "210703", "210711", "210726", "210727",
            "210781", "210782", "210700");

    private final String baseUrl = System.getProperty("bench.baseUrl", "http://localhost:8089");
    private final int rate = Integer.getInteger("bench.rate", 100);
    private final int seconds = Integer.getInteger("bench.seconds", 30);

    {
        Random random = new Random(18);
        YearMonth now = YearMonth.now();
        List<Map<String, Object>> queries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            YearMonth to = now.minusMonths(random.nextInt(24));
            YearMonth from = to.minusMonths(random.nextInt(24));
            String office = OFFICES.get(random.nextInt(OFFICES.size()));
            queries.add(Map.of("query", "from=" + from + "&to=" + to + (office.isEmpty() ? "" : "&district=" + office)));
        }
        HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json").shareConnections();
        ScenarioBuilder statistics = scenario("wage-complaint statistics").feed(listFeeder(queries).random())
                .exec(http("statistics").get("/api/v1/statistics/wage-complaints?#{query}").check(status().is(200)));
        setUp(statistics.injectOpen(constantUsersPerSec(rate).during(seconds))).protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}

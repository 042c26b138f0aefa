package io.mwportal.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Keyword + district search against a running portal (see README, "Benchmark"). {@code bench.mode=open} injects
 * {@code bench.rate} new requests a second for {@code bench.seconds} (open model: latency includes queueing);
 * {@code bench.mode=closed} keeps {@code bench.users} requests in flight to find the throughput ceiling.
 */
public class JobSearchSimulation extends Simulation {

    private static final List<String> KEYWORDS = List.of("焊工", "电工", "厨师", "保洁", "司机", "钢筋", "木工", "快递",
            "保安", "装修");
    private static final List<String> DISTRICTS = List.of("210702", "210703", "210711", "210726", "210727", "210781",
            "210782");

    private final String baseUrl = System.getProperty("bench.baseUrl", "http://localhost:8089");
    private final String mode = System.getProperty("bench.mode", "open");
    private final int rate = Integer.getInteger("bench.rate", 100);
    private final int users = Integer.getInteger("bench.users", 4);
    private final int seconds = Integer.getInteger("bench.seconds", 30);

    {
        List<Map<String, Object>> queries = new ArrayList<>();
        for (String keyword : KEYWORDS) {
            for (String district : DISTRICTS) {
                queries.add(Map.of("q", keyword, "district", district));
            }
        }
        HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json").shareConnections();
        ScenarioBuilder search = scenario("keyword + district search").feed(listFeeder(queries).random())
                .exec(http("search").get("/api/v1/jobs").queryParam("q", "#{q}").queryParam("district", "#{district}")
                        .check(status().is(200)));
        PopulationBuilder population = "closed".equals(mode)
                ? search.injectClosed(constantConcurrentUsers(users).during(seconds))
                : search.injectOpen(constantUsersPerSec(rate).during(seconds));
        setUp(population).protocols(protocol).assertions(global().failedRequests().percent().lt(1.0));
    }
}

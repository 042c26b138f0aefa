package io.mwportal.webclient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import io.mwportal.support.Browser;

/**
 * The web client's first load on a phone, measured in a real Chromium against a running portal (the run command):
 * the bytes that cross the network (compressed, as sent) and the time until the first screen is usable
 * ({@code mw-ready}), each run in a fresh browser (empty cache), on the local network and on a throttled "cheap
 * phone" line (300 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, like a slow 3G/4G cell).
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.mwportal.webclient.FirstLoad
 * </pre>
 *
 * System properties: {@code firstload.base} (default {@code http://localhost:8080}), {@code firstload.route}
 * (default {@code #/jobs}), {@code firstload.runs} (default 5).
 */
public final class FirstLoad {

    private FirstLoad() {
    }

    public static void main(String[] args) {
        String base = System.getProperty("firstload.base", "http://localhost:8080");
        String route = System.getProperty("firstload.route", "#/jobs");
        int runs = Integer.getInteger("firstload.runs", 5);
        measure(base, route, runs, null);
        measure(base, route, runs, new ChromiumNetworkConditions().setLatency(Duration.ofMillis(300))
                .setDownloadThroughput(1_600_000 / 8).setUploadThroughput(750_000 / 8));
    }

    @SuppressWarnings("unchecked")
    private static void measure(String base, String route, int runs, ChromiumNetworkConditions line) {
        List<Double> times = new ArrayList<>();
        List<Map<String, Object>> resources = List.of();
        for (int run = 0; run < runs; run++) {
            try (Browser browser = Browser.phone(base)) {
                if (line != null) {
                    browser.driver.setNetworkConditions(line);
                }
                browser.open(route);
                times.add(((Number) browser.script("return performance.getEntriesByName('mw-ready')[0].startTime"))
                        .doubleValue());
                resources = (List<Map<String, Object>>) browser.script("""
                        const nav = performance.getEntriesByType('navigation')[0];
                        return [{ name: nav.name, transferSize: nav.transferSize, decodedBodySize: nav.decodedBodySize },
                          ...performance.getEntriesByType('resource').map(r => ({ name: r.name,
                            transferSize: r.transferSize, decodedBodySize: r.decodedBodySize }))];""");
            }
        }
        long sent = 0;
        long decoded = 0;
        System.out.println();
        System.out.println(line == null ? "== local network" : "== throttled line (300 ms RTT, 1.6 Mbit/s down)");
        for (Map<String, Object> resource : resources) {
            long size = ((Number) resource.get("transferSize")).longValue();
            long body = ((Number) resource.get("decodedBodySize")).longValue();
            sent += size;
            decoded += body;
            System.out.printf("  %8d B sent  %8d B decoded  %s%n", size, body, resource.get("name"));
        }
        times.sort(Double::compare);
        System.out.printf("  total: %d B sent (%d B decoded) in %d requests%n", sent, decoded, resources.size());
        System.out.printf("  first screen usable after: median %.0f ms, min %.0f ms, max %.0f ms (%d fresh loads of %s)%n",
                times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), times.size(), route);
    }
}

package io.mwportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/** A local HTTP server standing in for a client app's webhook endpoint: it keeps every request it gets. */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received: the three Standard Webhooks headers and the raw body. */
    public record Received(String id, String timestamp, String signature, String body, Instant at) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile int status = 200;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, Instant.now()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The status every following request gets. */
    public void answer(int status) {
        this.status = status;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits (up to {@code timeout}) until a received request matches; the matching ones. */
    public List<Received> await(Predicate<Received> match, int count, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            List<Received> matching = received.stream().filter(match).toList();
            if (matching.size() >= count || Instant.now().isAfter(until)) {
                return matching;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return matching;
            }
        }
    }

    public static Predicate<Received> bodyContains(String text) {
        return r -> r.body().contains(text);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** For tests that parse the body. */
    public static Map<String, Object> json(Received r) {
        return io.restassured.path.json.JsonPath.from(r.body()).getMap("");
    }
}

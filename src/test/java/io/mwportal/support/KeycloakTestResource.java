package io.mwportal.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one real Keycloak (the distribution that Maven unpacked under {@code target/}) with the shipped realm for
 * the whole test run, and points quarkus-oidc at it. Set {@code PORTAL_TEST_KEYCLOAK_URL} to use a Keycloak that
 * is already running with the realm imported instead (the master-admin tests then need
 * {@code PORTAL_TEST_KEYCLOAK_ADMIN} and {@code PORTAL_TEST_KEYCLOAK_ADMIN_PASSWORD}).
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** Base URL of the running Keycloak, e.g. {@code http://localhost:41234}; read by {@link Tokens}. */
    public static volatile String baseUrl;
    /**
     * Keycloak's management interface, whose {@code /metrics} counts the requests Keycloak served (tests prove
     * that the portal makes none for a bad token); null for an external Keycloak without
     * {@code PORTAL_TEST_KEYCLOAK_MANAGEMENT_URL}.
     */
    public static volatile String managementUrl;
    /** The tests' own signing key in the realm (see {@link Tokens#signed}), registered before the portal starts. */
    public static volatile KeyPair signingKey;
    public static volatile String signingKeyId;
    /** A master-realm admin created for this run only, for tests that need the admin API. */
    public static volatile String adminUser;
    public static volatile String adminPassword;

    /** Where the running Keycloak is: system properties, because a test profile reloads this class. */
    private static final String RUNNING = "mwportal.test.keycloak.";

    private static Process process;
    private static Path pidFile;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("PORTAL_TEST_KEYCLOAK_URL");
        if (external != null && !external.isBlank()) {
            baseUrl = external.replaceAll("/$", "");
            adminUser = System.getenv("PORTAL_TEST_KEYCLOAK_ADMIN");
            adminPassword = System.getenv("PORTAL_TEST_KEYCLOAK_ADMIN_PASSWORD");
            managementUrl = System.getenv("PORTAL_TEST_KEYCLOAK_MANAGEMENT_URL");
            waitUntilReady(Duration.ofSeconds(30));
            registerSigningKey();
            return config();
        }
        if (System.getProperty(RUNNING + "url") != null) {
            // Started earlier in this JVM, before a test profile restarted the application (and, with it, this class
            // in a new class loader): the same Keycloak serves on.
            baseUrl = System.getProperty(RUNNING + "url");
            managementUrl = System.getProperty(RUNNING + "management-url");
            adminUser = System.getProperty(RUNNING + "admin");
            adminPassword = System.getProperty(RUNNING + "admin-password");
            registerSigningKey();
            return config();
        }
        try {
            Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak"));
            if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("No Keycloak at " + home + ": run the tests through Maven ("
                        + "./mvnw verify), which unpacks it in process-test-resources.");
            }
            pidFile = home.resolve("portal-test.pid");
            killStale(pidFile);
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Path.of("src/main/keycloak/portal-realm.json"), importDir.resolve("portal-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            int managementPort = freePort();
            adminUser = "test-admin";
            adminPassword = UUID.randomUUID().toString();
            // The same build options as src/main/scripts/run-portal.sh: a change makes Keycloak rebuild itself (slow).
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + managementPort, "--import-realm",
                    "--db=dev-mem", "--metrics-enabled=true")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("portal-test.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            long started = System.nanoTime();
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakTestResource::shutdown));
            baseUrl = "http://localhost:" + port;
            managementUrl = "http://localhost:" + managementPort;
            waitUntilReady(Duration.ofSeconds(240));
            System.setProperty(RUNNING + "url", baseUrl);
            System.setProperty(RUNNING + "management-url", managementUrl);
            System.setProperty(RUNNING + "admin", adminUser);
            System.setProperty(RUNNING + "admin-password", adminPassword);
            System.out.printf("Keycloak ready at %s in %d s (log: %s)%n", baseUrl,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), home.resolve("portal-test.log"));
            registerSigningKey();
            return config();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started", e);
        }
    }

    /** Before the portal starts, so that the key set it loads at start already has the key. */
    private static void registerSigningKey() {
        if (adminUser == null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----";
            signingKeyId = KeycloakAdmin.addSigningKey(pem);
            signingKey = pair;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> config() {
        return Map.of("quarkus.oidc.auth-server-url", baseUrl + "/realms/portal");
    }

    /** Keycloak outlives application restarts (test profiles); it stops with the test JVM. */
    @Override
    public void stop() {
    }

    private static synchronized void shutdown() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process = null;
        if (pidFile != null) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // best effort: a stale file is handled by killStale on the next run
            }
        }
    }

    /** A crashed earlier run may have left its Keycloak behind. */
    private static void killStale(Path pidFile) throws IOException {
        if (Files.exists(pidFile)) {
            try {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).ifPresent(handle -> {
                    handle.descendants().forEach(ProcessHandle::destroyForcibly);
                    handle.destroyForcibly();
                });
            } catch (NumberFormatException ignored) {
                // not ours
            }
            Files.delete(pidFile);
        }
    }

    private void waitUntilReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI wellKnown = URI.create(baseUrl + "/realms/portal/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see its log");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(wellKnown).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not become ready within " + timeout.toSeconds() + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}

package io.mwportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

/** The chart in helm/ lints strictly and renders what operations rely on (helm runs in-process, no cluster). */
class HelmChartTest {

    private final Helm chart = new Helm(Path.of("helm/mw-portal"));

    @Test
    void lintsStrictly() {
        LintResult lint = chart.lint().strict().call();
        assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
    }

    @Test
    void rendersAHardenedDeploymentWithSecretsFromSecrets() {
        String manifests = chart.template().withName("portal").call();
        assertTrue(manifests.contains("kind: Deployment"), manifests);
        assertTrue(manifests.contains("kind: Service"));
        assertTrue(manifests.contains("kind: PodDisruptionBudget"));
        assertTrue(manifests.contains("readOnlyRootFilesystem: true"));
        assertTrue(manifests.contains("runAsNonRoot: true"));
        assertTrue(manifests.matches("(?s).*seccompProfile:\\s+type: RuntimeDefault.*"), manifests);
        assertTrue(manifests.matches("(?s).*name: PORTAL_CRYPTO_KEY\\s+valueFrom:\\s+secretKeyRef:.*"),
                "the encryption key comes from a secret, never a value");
        assertTrue(manifests.matches("(?s).*name: PORTAL_DB_PASSWORD\\s+valueFrom:\\s+secretKeyRef:.*"));
        assertFalse(manifests.contains("kind: Ingress"));
    }

    @Test
    void theChartCannotLoadDemoData() throws java.io.IOException {
        String manifests = chart.template().withName("portal").call();
        assertFalse(manifests.toLowerCase(java.util.Locale.ROOT).contains("demo"), manifests);
        try (var files = java.nio.file.Files.walk(Path.of("helm/mw-portal"))) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertFalse(java.nio.file.Files.readString(file).toLowerCase(java.util.Locale.ROOT)
                        .contains("portal_demo"), file + " must not offer the demo flag");
            }
        }
    }

    @Test
    void ownServiceAccountWithoutAToken() {
        String manifests = chart.template().withName("portal").call();
        String account = document(manifests, "ServiceAccount");
        assertTrue(account.contains("automountServiceAccountToken: false"), account);
        String deployment = document(manifests, "Deployment");
        assertTrue(deployment.contains("serviceAccountName: portal-mw-portal"), deployment);
        assertTrue(deployment.contains("automountServiceAccountToken: false"), deployment);
    }

    @Test
    void probesAndMetricsUseTheManagementPortThatNoServiceExposes() {
        String manifests = chart.template().withName("portal").call();
        String deployment = document(manifests, "Deployment");
        assertTrue(deployment.matches("(?s).*path: /q/health/ready\\s+port: management.*"), deployment);
        assertTrue(deployment.matches("(?s).*path: /q/health/live\\s+port: management.*"), deployment);
        assertTrue(deployment.contains("prometheus.io/port: \"9000\""), deployment);
        assertTrue(deployment.matches("(?s).*name: management\\s+containerPort: 9000.*"), deployment);
        String service = document(manifests, "Service");
        assertTrue(service.contains("targetPort: http"), service);
        assertFalse(service.contains("name: management") || service.contains("9000"), service);
    }

    @Test
    void aNetworkPolicyAdmitsOnlyTheIngressAndMonitoring() {
        String policy = document(chart.template().withName("portal").call(), "NetworkPolicy");
        assertTrue(policy.contains("- Ingress") && policy.contains("- Egress"), policy);
        assertTrue(policy.contains("kubernetes.io/metadata.name: ingress-nginx"), policy);
        assertTrue(policy.matches("(?s).*port: management.*kubernetes.io/metadata.name: monitoring.*"), policy);
        assertTrue(policy.contains("port: 53"), policy);
        assertTrue(policy.contains("port: 5432"), policy);
        // Webhooks and notification providers: HTTPS to the internet, never into private ranges or metadata.
        assertTrue(policy.matches("(?s).*port: 443.*cidr: 0\\.0\\.0\\.0/0\\s+except:.*- 10\\.0\\.0\\.0/8.*"
                + "- 169\\.254\\.0\\.0/16.*"), policy);
        assertFalse(chart.template().withName("portal").set("networkPolicy.publicEgress.enabled", false).call()
                .contains("0.0.0.0/0"));
        assertFalse(chart.template().withName("portal").set("networkPolicy.enabled", false).call()
                .contains("kind: NetworkPolicy"));
    }

    @Test
    void notificationChannelsTakeTheirKeysFromASecret() {
        String plain = document(chart.template().withName("portal").call(), "Deployment");
        assertTrue(plain.matches("(?s).*name: PORTAL_SMS_PROVIDER\\s+value: \"log\".*"), plain);
        assertFalse(plain.contains("envFrom"), plain);
        String deployment = document(chart.template().withName("portal").set("notifications.smsProvider", "aliyun")
                .set("notifications.existingSecret", "portal-sms").call(), "Deployment");
        assertTrue(deployment.matches("(?s).*name: PORTAL_SMS_PROVIDER\\s+value: \"aliyun\".*"), deployment);
        assertTrue(deployment.matches("(?s).*envFrom:\\s+- secretRef:\\s+name: portal-sms.*"), deployment);
    }

    @Test
    void ingressBodyLimitIsThePortals() {
        String manifests = chart.template().withName("portal").set("ingress.enabled", true)
                .set("ingress.tlsSecret", "portal-tls").set("maxBodySize", "20m").call();
        String ingress = document(manifests, "Ingress");
        assertTrue(ingress.contains("nginx.ingress.kubernetes.io/proxy-body-size: \"20m\""), ingress);
        assertTrue(ingress.contains("secretName: portal-tls"));
        assertTrue(document(manifests, "Deployment")
                .matches("(?s).*name: QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE\\s+value: \"20m\".*"));
    }

    @Test
    void theWebClientSignsInWherePhonesReachKeycloak() {
        assertFalse(chart.template().withName("portal").call().contains("PORTAL_WEB_KEYCLOAK_URL"),
                "by default the web client signs in at the portal's own realm URL");
        String deployment = document(chart.template().withName("portal")
                .set("keycloak.browserRealmUrl", "https://login.jinzhou.example/realms/portal").call(), "Deployment");
        assertTrue(deployment.matches(
                "(?s).*name: PORTAL_WEB_KEYCLOAK_URL\\s+value: \"https://login.jinzhou.example/realms/portal\".*"),
                deployment);
        assertThrows(IllegalStateException.class, () -> chart.template().withName("portal")
                .set("keycloak.browserRealmUrl", "login.jinzhou.example").call());
    }

    @Test
    void replicasAndNamesAreOptions() {
        String manifests = chart.template().withName("portal").set("replicaCount", 1)
                .set("fullnameOverride", "api").call();
        assertFalse(manifests.contains("kind: PodDisruptionBudget"), "no PDB for a single replica");
        assertEquals(1, manifests.split("kind: Deployment").length - 1);
        assertTrue(document(manifests, "Deployment").contains("name: api\n"), manifests);
    }

    @Test
    void theSchemaRefusesWrongValues() {
        assertThrows(IllegalStateException.class,
                () -> chart.template().withName("portal").set("replicaCount", "many").call());
        assertThrows(IllegalStateException.class,
                () -> chart.template().withName("portal").set("forwardedHeader", "X-Real-IP").call());
        assertThrows(IllegalStateException.class,
                () -> chart.template().withName("portal").set("unknownValue", "x").call());
    }

    /** The rendered document of one kind. */
    private static String document(String manifests, String kind) {
        return Arrays.stream(manifests.split("(?m)^---$")).filter(d -> d.contains("\nkind: " + kind + "\n"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in\n" + manifests));
    }
}

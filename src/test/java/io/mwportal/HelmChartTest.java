package io.mwportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

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
        assertTrue(manifests.contains("path: /q/health/ready"));
        assertTrue(manifests.contains("readOnlyRootFilesystem: true"));
        assertTrue(manifests.contains("runAsNonRoot: true"));
        assertTrue(manifests.matches("(?s).*name: PORTAL_CRYPTO_KEY\\s+valueFrom:\\s+secretKeyRef:.*"),
                "the encryption key comes from a secret, never a value");
        assertTrue(manifests.matches("(?s).*name: PORTAL_DB_PASSWORD\\s+valueFrom:\\s+secretKeyRef:.*"));
        assertFalse(manifests.contains("kind: Ingress"));
    }

    @Test
    void ingressAndReplicasAreOptions() {
        String manifests = chart.template().withName("portal").set("ingress.enabled", true)
                .set("ingress.tlsSecret", "portal-tls").set("replicaCount", 1).call();
        assertTrue(manifests.contains("kind: Ingress"));
        assertTrue(manifests.contains("secretName: portal-tls"));
        assertFalse(manifests.contains("kind: PodDisruptionBudget"), "no PDB for a single replica");
        assertEquals(1, manifests.split("kind: Deployment").length - 1);
    }
}

package io.mwportal.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where webhooks may point outside the test profile: public HTTPS only (no SSRF into the city's network). */
class DestinationsUnitTest {

    private final Destinations destinations = new Destinations();

    DestinationsUnitTest() {
        EventsConfig.Webhooks webhooks = (EventsConfig.Webhooks) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { EventsConfig.Webhooks.class },
                (proxy, method, args) -> method.getName().equals("allowPrivateDestinations") ? false : null);
        destinations.config = (EventsConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { EventsConfig.class }, (proxy, method, args) -> webhooks);
    }

    @Test
    void privateLoopbackLinkLocalAndSharedAddressesAreRefused() {
        for (String url : new String[] { "https://127.0.0.1/x", "https://localhost:8443/x", "https://10.1.2.3/",
                "https://172.16.0.9/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data/",
                "https://100.64.0.1/", "https://0.0.0.0/", "https://[::1]/", "https://[fd00::1]/",
                "https://[fe80::1]/", "https://198.18.0.1/", "https://224.0.0.1/", "https://[::ffff:127.0.0.1]/",
                // IPv4 inside IPv6: NAT64 of the metadata address, 6to4 and IPv4-compatible of 10.0.0.1, Teredo
                "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:a00:1::1]/", "https://[::a00:1]/",
                "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/" }) {
            assertEquals(Optional.of("PRIVATE_DESTINATION"), destinations.refusal(url), url);
        }
    }

    @Test
    void publicHttpsIsAcceptedAndEverythingElseSaysWhy() {
        assertEquals(Optional.empty(), destinations.refusal("https://8.8.8.8/hooks"));
        assertEquals(Optional.empty(), destinations.refusal("https://[2001:4860:4860::8888]/hooks"));
        assertEquals(Optional.empty(), destinations.refusal("https://[2002:808:808::1]/hooks")); // 6to4 of 8.8.8.8
        assertEquals(Optional.of("HTTPS_REQUIRED"), destinations.refusal("http://8.8.8.8/hooks"));
        assertEquals(Optional.of("HTTPS_REQUIRED"), destinations.refusal("gopher://8.8.8.8/"));
        assertEquals(Optional.of("INVALID_URL"), destinations.refusal("https://user:pw@8.8.8.8/"));
        assertEquals(Optional.of("INVALID_URL"), destinations.refusal("https://8.8.8.8/#x"));
        assertEquals(Optional.of("INVALID_URL"), destinations.refusal("not a url"));
        assertEquals(Optional.of("UNKNOWN_HOST"), destinations.refusal("https://no-such-host.invalid/"));
    }
}

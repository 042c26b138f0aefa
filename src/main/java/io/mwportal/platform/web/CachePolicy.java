package io.mwportal.platform.web;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Caching of every API response (docs/api.md, "Caching"). Personal data must never sit in a shared or
 * browser cache, so {@code Cache-Control: no-store} is the default for everything, and always for a request that
 * carries credentials. Only a successful anonymous GET of a {@link PublicRead} endpoint is cacheable:
 * {@code public, max-age=…}, with an ETag (the entity version where the resource has one, else a hash of the body)
 * and a 304 for a matching {@code If-None-Match}.
 */
public class CachePolicy {

    private static final String NO_STORE = "no-store";

    @Inject
    ObjectMapper json;

    @Inject
    HttpConfig config;

    @ServerResponseFilter
    public void apply(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        boolean cacheable = "GET".equals(request.getMethod()) && response.getStatus() == 200
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null && isPublicRead(resource)
                && response.hasEntity();
        if (!cacheable) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
            return;
        }
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.publicMaxAge().toSeconds());
        headers.add(HttpHeaders.VARY, "Accept, Authorization");
        Object tag = headers.getFirst(HttpHeaders.ETAG);
        String etag;
        if (tag != null) {
            etag = tag.toString();
        } else {
            // Serialise once here and send these bytes, so the hash is of exactly what the client receives.
            byte[] body = serialise(response.getEntity());
            etag = new EntityTag(sha256(body), true).toString();
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
        if (EntityTags.matchesIfNoneMatch(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean isPublicRead(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(PublicRead.class)
                || method.getDeclaringClass().isAnnotationPresent(PublicRead.class));
    }

    private byte[] serialise(Object entity) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) { // a body already written (CSV), not a value to write as JSON
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body cannot be serialised", e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

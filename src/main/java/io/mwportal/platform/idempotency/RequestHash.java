package io.mwportal.platform.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * What makes two requests "the same" for an Idempotency-Key: the SHA-256 of the request in canonical JSON
 * (properties and map keys sorted), so that a retry whose client serialises fields in another order still matches,
 * and any difference in a value does not.
 */
final class RequestHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .findAndAddModules()
            .build();

    private RequestHash() {
    }

    /** 64 hex characters. */
    static String of(Object request) {
        try {
            byte[] canonicalJson = CANONICAL.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request cannot be hashed", e);
        }
    }
}

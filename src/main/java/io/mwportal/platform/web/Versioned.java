package io.mwportal.platform.web;

/** A view together with the version of the entity it shows, for the {@code ETag} of single-resource responses. */
public record Versioned<T>(T body, long version) {
}

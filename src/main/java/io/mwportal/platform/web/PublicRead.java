package io.mwportal.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET whose answer to an anonymous caller is public data (job search, a vacancy, courses, reference data):
 * browsers and proxies may keep it for {@code portal.http.public-max-age}, revalidating with its ETag. Every other
 * response is {@code no-store} ({@link CachePolicy}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface PublicRead {
}

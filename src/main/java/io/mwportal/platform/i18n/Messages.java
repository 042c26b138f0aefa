package io.mwportal.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Client-facing texts in Chinese (the default) and English. Bundles live in {@code messages/*.properties}; the root
 * bundle is Chinese, so an unknown or absent Accept-Language gets Chinese. Texts are {@link MessageFormat}
 * patterns: write a literal apostrophe as two.
 */
@ApplicationScoped
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The first of the caller's languages (already in preference order) that we serve; Chinese otherwise. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("en".equals(language)) {
                return ENGLISH;
            }
            if ("zh".equals(language) || "*".equals(language)) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** The text for {@code key}, or {@code null} when the bundle has none. */
    public String find(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages.problems",
                ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT, NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /**
     * The text for {@code key} of bundle {@code messages/<bundle>} with named placeholders ({@code {trackingNumber}})
     * filled from {@code params}, or {@code null} when the bundle has none. A placeholder without a value stays empty.
     */
    public String named(String bundle, Locale locale, String key, Map<String, ?> params) {
        ResourceBundle texts = ResourceBundle.getBundle("messages." + bundle,
                ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT, NO_FALLBACK);
        if (!texts.containsKey(key)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String pattern = texts.getString(key);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, at, pattern.length());
                break;
            }
            out.append(pattern, at, open);
            Object value = params.get(pattern.substring(open + 1, close));
            out.append(value == null ? "" : value);
            at = close + 1;
        }
        return out.toString();
    }
}

package io.mwportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every problem and field-error code the code can raise has a Chinese and an English text. */
class MessageBundleTest {

    private static final Pattern PROBLEM = Pattern.compile(
            "(?:new ProblemException\\(\\d{3}, |withErrors\\(\\d{3}, |withHeaders\\(\\d{3}, |actionNotAllowed\\()\"([A-Z_]+)\"");
    private static final Pattern VIOLATION = Pattern.compile("new Violation\\([^;]*?, \"([A-Z_]*[A-Z])\"");

    @Test
    void everyCodeIsTranslated() throws IOException {
        Set<String> problems = new TreeSet<>();
        Set<String> violations = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(PROBLEM.matcher(source), problems);
                collect(VIOLATION.matcher(source), violations);
            }
        }
        assertFalse(problems.isEmpty());
        for (String bundle : List.of("problems.properties", "problems_en.properties")) {
            Properties texts = load(bundle);
            List<String> missing = new ArrayList<>();
            problems.forEach(code -> {
                if (!texts.containsKey("problem." + code + ".title") || !texts.containsKey("problem." + code + ".detail")) {
                    missing.add("problem." + code);
                }
            });
            violations.forEach(code -> {
                if (!texts.containsKey("validation." + code)) {
                    missing.add("validation." + code);
                }
            });
            assertEquals(List.of(), missing, bundle);
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

package io.mwportal.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.text.NormalizedText;
import io.mwportal.platform.text.TextNormalizer;

/**
 * The discrimination screen of job ads (docs/rules.md, "Jobs"; 就业促进法 Art 26-31, 妇女权益保障法 Art 43,
 * 人力资源市场暂行条例 Art 11 and 24, 残疾人保障法 Art 38, the 2025 notice on online job posts). The rules are data
 * (table {@code screening_rule}); this class applies them to the normalised text ({@link TextNormalizer}), so that
 * spaces, zero-width characters, traditional characters and full-width letters change nothing:
 * <ol>
 * <li>EXCEPTION rules mark equal-treatment phrasing ("不限男女", "一视同仁", "不查乙肝"); nothing inside it is a finding.</li>
 * <li>FORBIDDEN rules are refusals (422), WARNING rules are reported only (age limits: no statute forbids them).</li>
 * </ol>
 * Each finding names the phrase as the employer wrote it, once per category and place.
 */
final class DiscriminationScreen {

    public enum Kind {
        FORBIDDEN, WARNING, EXCEPTION
    }

    /** One rule: its category (SEX, HUKOU_OR_REGION, …, or ANY for an exception), its kind and its pattern. */
    record Rule(String category, Kind kind, Pattern pattern) {
    }

    /** A phrase that a FORBIDDEN or WARNING rule found. */
    record Finding(String field, String category, Kind kind, String phrase, int start, int end) {

        Violation violation() {
            return new Violation(field, "SCREEN_" + category, phrase);
        }
    }

    /** Masks what an exception matched (a character no rule pattern contains). */
    private static final char MASK = '\u0000';

    private final List<Rule> rules;

    DiscriminationScreen(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Everything found in {@code text}, in order of appearance. */
    List<Finding> check(String field, String text) {
        NormalizedText normalized = TextNormalizer.normalize(text);
        char[] masked = normalized.text().toCharArray();
        for (Rule rule : rules) {
            if (rule.kind() == Kind.EXCEPTION) {
                Matcher matcher = rule.pattern().matcher(normalized.text());
                while (matcher.find()) {
                    Arrays.fill(masked, matcher.start(), matcher.end(), MASK);
                }
            }
        }
        String screened = new String(masked);
        List<Finding> found = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.kind() == Kind.EXCEPTION) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(screened);
            while (matcher.find()) {
                if (matcher.end() > matcher.start() && !overlapsSameCategory(found, rule.category(), matcher)) {
                    found.add(new Finding(field, rule.category(), rule.kind(),
                            normalized.original(matcher.start(), matcher.end()), matcher.start(), matcher.end()));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Refusals of {@code text} as problems ({@code SCREEN_<category>}, the phrase as argument). */
    List<Violation> violations(String field, String text) {
        return check(field, text).stream().filter(f -> f.kind() == Kind.FORBIDDEN).map(Finding::violation).toList();
    }

    private static boolean overlapsSameCategory(List<Finding> found, String category, Matcher match) {
        return found.stream().anyMatch(f -> f.category().equals(category) && f.start() < match.end()
                && match.start() < f.end());
    }
}

package io.mwportal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mwportal.platform.error.ProblemException.Violation;

/**
 * The discrimination screen of job ads (就业促进法 Art 26-31, 人力资源市场暂行条例 Art 24): every rule that matches a
 * text, with the phrase found, so the centre sees all of them at once. The rules are data (table
 * {@code screening_rule}); this class only applies them.
 */
final class DiscriminationScreen {

    /** One rule: its category (SEX, HUKOU_OR_REGION, …) and the pattern of forbidden phrasings. */
    record Rule(String category, Pattern pattern) {
    }

    private final List<Rule> rules;

    DiscriminationScreen(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** One violation ({@code SCREEN_<category>}, the phrase as argument) per match of each rule in {@code text}. */
    List<Violation> check(String field, String text) {
        List<Violation> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                found.add(new Violation(field, "SCREEN_" + rule.category(), matcher.group()));
            }
        }
        return found;
    }
}

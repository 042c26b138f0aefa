package io.mwportal.webclient;

import java.nio.file.Path;

import io.mwportal.support.Browser;

/**
 * Takes the README's screenshots of the web client from a running portal with the demo city (the run command),
 * at a phone's width:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.mwportal.webclient.Screenshots
 * </pre>
 *
 * It reads {@code http://localhost:8080} and writes {@code docs/screenshots/} unless system properties
 * {@code screenshots.base} and {@code screenshots.dir} say otherwise ({@code -Dexec.args} would also reach the
 * build's npm step).
 * Chinese text needs a CJK font in the machine's Chromium (Debian: fonts-noto-cjk).
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) {
        String base = System.getProperty("screenshots.base", "http://localhost:8080");
        Path out = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
        try (Browser anyone = Browser.sized(base, 360, 1000)) {
            shoot(anyone, "#/", out.resolve("home.png"));
            shoot(anyone, "#/jobs?q=%E7%94%B5%E7%84%8A", out.resolve("jobs.png"));
            anyone.click("li.job h2 a");
            anyone.ready();
            anyone.screenshot(out.resolve("vacancy.png"));
            shoot(anyone, "#/courses", out.resolve("courses.png"));
            anyone.open("#/stats");
            anyone.waitUntil("#stats-chart", "data-state", "drawn");
            anyone.script("document.getElementById('stats-chart').scrollIntoView()");
            anyone.screenshot(out.resolve("statistics.png"));
            shoot(anyone, "#/measures", out.resolve("measures.png"));
        }
        try (Browser worker = Browser.sized(base, 360, 1000)) {
            worker.open("#/cases");
            worker.signIn("wang.worker");
            worker.screenshot(out.resolve("my-cases.png"));
            worker.click("#cases-wage-complaints li h3 a");
            worker.ready();
            worker.waitFor("#timeline");
            worker.screenshot(out.resolve("case-timeline.png"));
            worker.open("#/complaints/new");
            worker.fill("complainant.name", "王强");
            worker.fill("complainant.idNumber", "21070219900101123X");
            worker.fill("complainant.phone", "1380013");
            worker.click("#file-submit");
            worker.waitFor(".field-error");
            worker.screenshot(out.resolve("complaint-errors.png"));
        }
        try (Browser inspector = Browser.sized(base, 360, 1000)) {
            inspector.open("#/queue");
            inspector.signIn("inspector.guta");
            inspector.screenshot(out.resolve("queue.png"));
            inspector.click("#queue li[data-status='SUBMITTED'] h3 a");
            inspector.ready();
            inspector.waitFor("#actions");
            inspector.click("form[data-action='accept'] summary");
            inspector.screenshot(out.resolve("case-actions.png"));
        }
    }

    private static void shoot(Browser browser, String route, Path file) {
        browser.open(route);
        browser.screenshot(file);
    }
}

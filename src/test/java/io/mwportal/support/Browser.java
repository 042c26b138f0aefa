package io.mwportal.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which .ci/run installs) driving
 * the reference web client at a phone's width. Override the binaries with {@code PORTAL_TEST_CHROMIUM} and
 * {@code PORTAL_TEST_CHROMEDRIVER}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = env("PORTAL_TEST_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("PORTAL_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");

    public final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(String base, int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + " or no driver at " + CHROMEDRIVER
                    + ": install the Debian packages chromium and chromium-driver (.ci/run does).");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=zh-CN", "--no-first-run", "--password-store=basic");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = base.replaceAll("/+$", "");
        // A screen is redrawn whole after each answer: an element found a moment before may be gone when read.
        this.wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class);
    }

    /** A phone's screen: 360 × 800 CSS pixels. */
    public static Browser phone(String base) {
        return new Browser(base, 360, 800);
    }

    public static Browser sized(String base, int width, int height) {
        return new Browser(base, width, height);
    }

    /** Opens a screen of the client ({@code #/jobs}) and waits until it has rendered. */
    public Browser open(String route) {
        String url = base + "/app/" + route;
        if (url.equals(driver.getCurrentUrl())) {
            // The same address again changes no hash, so nothing would happen: load the page anew.
            driver.navigate().refresh();
        } else {
            driver.get(url);
        }
        return ready();
    }

    /** Waits for the shell to finish (sign-in handled, first screen rendered). */
    public Browser ready() {
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript(
                "return document.body && document.body.dataset.ready === 'true' && !document.querySelector('main[aria-busy]') ? 'true' : 'false'")));
        return this;
    }

    /** Signs in on Keycloak's own page from the client's sign-in button, and waits to be back. */
    public Browser signIn(String user) {
        waitFor("#sign-in, main button.primary").click();
        waitFor("#username").sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(base + "/app/"));
        ready();
        waitFor("#who");
        return this;
    }

    public WebElement waitFor(String css) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            throw new AssertionError("no " + css + " at " + driver.getCurrentUrl() + "; the page says: " + pageText(), e);
        }
    }

    /** What the page shows (for failure messages): its alerts and problems first, then the main content. */
    public String pageText() {
        Object text = script("return [...document.querySelectorAll('.problem, #flash, main')].map(e => e.innerText).join(' | ')");
        return String.valueOf(text).replaceAll("\\s+", " ");
    }

    public WebElement waitForPresent(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public void waitUntil(String css, String attribute, String value) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, value));
    }

    public void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    /** Waits until more than {@code count} elements match (a list grew). */
    public void waitUntilMore(String css, int count) {
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(css), count));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into the field the API calls {@code name} (the client names its controls by the API's field paths). */
    public void fill(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Sets a date field (typing dates depends on the browser's locale; the value is what the form sends). */
    public void date(String name, String isoDate) {
        WebElement field = driver.findElement(By.name(name));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, isoDate);
    }

    public void choose(String name, String value) {
        new Select(driver.findElement(By.name(name))).selectByValue(value);
    }

    public void click(String css) {
        WebElement element = waitFor(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static final Path AXE = Path.of("src/main/web/node_modules/axe-core/axe.min.js");

    /**
     * What axe-core (Deque's accessibility engine, from the web client's npm lockfile, test only) finds against WCAG
     * 2.0/2.1 A and AA on the page as it is now: one line per rule broken, with the elements that break it.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        try {
            if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
                script(Files.readString(AXE));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no " + AXE + ": Maven's generate-resources runs npm ci in src/main/web", e);
        }
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): '
                      + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))
                  .catch(error => done(['axe failed: ' + error]));""");
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

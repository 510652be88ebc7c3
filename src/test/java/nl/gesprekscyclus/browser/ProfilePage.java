package nl.gesprekscyclus.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Mijn profiel" as the employee sees it. */
final class ProfilePage {

    private final Browser browser;

    ProfilePage(Browser browser) {
        this.browser = browser;
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-title")));
    }

    String heading() {
        return browser.driver.findElement(By.cssSelector("main h1")).getText();
    }

    String fact(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    List<String> resultAreas() {
        return browser.driver.findElements(By.cssSelector("#result-areas .result-area h4")).stream()
                .map(WebElement::getText).toList();
    }

    /** "competency level" per function competency, e.g. "visie B". */
    List<String> competencyLevels() {
        return browser.driver.findElements(By.cssSelector("#competencies .competency")).stream()
                .map(e -> e.getDomAttribute("data-competency") + " " + e.getDomAttribute("data-level")).toList();
    }

    List<String> indicatorsOf(String competency) {
        return browser.driver.findElements(By.cssSelector("#competencies .competency[data-competency='" + competency + "'] li"))
                .stream().map(WebElement::getText).toList();
    }

    boolean hasSection(String id) {
        return !browser.driver.findElements(By.id(id)).isEmpty();
    }

    List<String> menu() {
        return browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip()).filter(t -> !t.isEmpty()).toList();
    }
}

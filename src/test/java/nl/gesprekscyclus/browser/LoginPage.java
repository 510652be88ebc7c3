package nl.gesprekscyclus.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login screen: Vaadin's login form, whose fields live in light DOM inputs with name username/password. */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public LoginPage open() {
        browser.open("/login");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        browser.wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        return this;
    }

    String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    String usernameLabel() {
        WebElement field = browser.driver.findElement(By.cssSelector("vaadin-text-field[name='username']"));
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].label", field);
    }

    public void logIn(String username, String password) {
        // the page carries the form (vaadin.eagerServerLoad), so its inputs exist before Vaadin's scripts have made
        // them usable: wait until they take typing, not only until they are there
        VaadinForm form = new VaadinForm(browser);
        form.usable(By.cssSelector("input[name='username']")).sendKeys(username);
        WebElement pw = form.usable(By.cssSelector("input[name='password']"));
        pw.sendKeys(password);
        pw.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /**
     * Logs in and waits until the application's frame is shown: the login page has a heading too, so waiting for
     * any heading could move on before the login went through (and the next address would land on the login).
     */
    public void logInAndWait(String username, String password) {
        logIn(username, password);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
    }

    boolean showsError() {
        browser.wait.until(d -> d.getCurrentUrl().contains("error"));
        // the failed login reloads the page: wait for the new form to say what went wrong
        return browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const f = document.querySelector('vaadin-login-form'); return f !== null && f.error === true"));
    }
}

package nl.gesprekscyclus.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gesprekscyclus.base.i18n.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each person chose (Dutch or English), remembered in the database rather than only in a cookie, so
 * it survives logging out, another browser and single sign-on, and mails can follow it. Kept per employee when
 * the login has a personnel record (the same person by password or single sign-on), otherwise per login name.
 */
@Service
public class LanguageChoices {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    LanguageChoices(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** What the logged-in person chose; empty when nobody is logged in or they never chose. */
    @Transactional(readOnly = true)
    public Optional<Locale> ofLoggedIn() {
        return currentUser.get().flatMap(user -> user.employeeId() != null ? ofEmployee(user.employeeId())
                : first(jdbc.queryForList("select language from language_choice where username = ?", String.class,
                        user.getUsername())));
    }

    /** What this employee chose, e.g. for a mail to them; empty when they never chose. */
    @Transactional(readOnly = true)
    public Optional<Locale> ofEmployee(long employeeId) {
        return first(jdbc.queryForList("select language from language_choice where employee_id = ?", String.class,
                employeeId));
    }

    /** Remembers the logged-in person's choice; a language we do not speak is taken as Dutch. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void chooseForLoggedIn(Locale locale) {
        AppUser user = currentUser.require();
        String language = Messages.supported(locale).getLanguage();
        String owner = user.employeeId() != null ? "employee_id" : "username";
        Object key = user.employeeId() != null ? user.employeeId() : user.getUsername();
        if (jdbc.update("update language_choice set language = ? where " + owner + " = ?", language, key) == 0) {
            jdbc.update("insert into language_choice (" + owner + ", language) values (?, ?)", key, language);
        }
    }

    private static Optional<Locale> first(List<String> languages) {
        return languages.stream().findFirst().map(Locale::forLanguageTag).map(Messages::supported);
    }
}

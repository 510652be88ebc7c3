package nl.gesprekscyclus.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** A login. Linked to an employee (most accounts) or not (an operator's admin account). */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "extra_roles", nullable = false)
    private String extraRoles = "";

    @Column(nullable = false)
    private boolean enabled = true;

    /** Created by the demo profile with the published demo password. */
    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Long employeeId, List<String> extraRoles) {
        this.username = checked(username);
        this.passwordHash = passwordHash;
        this.employeeId = employeeId;
        this.extraRoles = String.join(",", extraRoles);
    }

    static UserAccount demo(String username, String passwordHash, Long employeeId, List<String> extraRoles) {
        UserAccount account = new UserAccount(username, passwordHash, employeeId, extraRoles);
        account.demo = true;
        return account;
    }

    /** Only the one form is stored: logins look a name up exactly in that form ({@link Usernames}). */
    private static String checked(String username) {
        if (!Usernames.isCanonical(username)) {
            throw new IllegalArgumentException("username '" + LogSafe.ascii(username) + "' is not in the one form of "
                    + "a username: " + Usernames.RULE);
        }
        return username;
    }

    void rename(String username) {
        this.username = checked(username);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    boolean isEnabled() {
        return enabled;
    }

    List<String> getExtraRoles() {
        return extraRoles.isBlank() ? List.of()
                : Arrays.stream(extraRoles.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

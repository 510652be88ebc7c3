package nl.gesprekscyclus.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gesprekscyclus.base.startup.StartupStep;
import nl.gesprekscyclus.organisation.DemoMunicipality;
import nl.gesprekscyclus.organisation.DemoOrganisationLoader;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: creates the demo logins of {@code config/demo/users.yaml} on an empty database, or, for a
 * generated municipality ({@code organisation.yaml} in the demo folder), one login per employee. The last start
 * step: a bad entry stops the start and leaves neither logins nor the demo organisation behind.
 */
@Component
@Profile("demo")
class DemoAccountsLoader implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsLoader.class);

    record DemoUsers(String defaultPassword, List<DemoUser> users) {
    }

    record DemoUser(String username, String personnelNumber, List<String> roles) {
    }

    private final OrganisationDirectory directory;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Path demoDir;

    DemoAccountsLoader(OrganisationDirectory directory, UserAccountRepository accounts, PasswordEncoder encoder,
            @Value("${gesprekscyclus.demo-dir:config/demo}") Path demoDir) {
        this.directory = directory;
        this.accounts = accounts;
        this.encoder = encoder;
        this.demoDir = demoDir;
    }

    @Override
    public int getOrder() {
        return DEMO_ACCOUNTS;
    }

    @Override
    public void run() {
        if (accounts.count() > 0) {
            return;
        }
        Path generated = demoDir.resolve(DemoOrganisationLoader.GENERATED);
        Path file = Files.exists(generated) ? generated : demoDir.resolve("users.yaml");
        DemoUsers demo;
        if (Files.exists(generated)) {
            // a generated municipality: every employee logs in, or the demo round could not act as them
            DemoMunicipality.Description description = DemoMunicipality.read(generated);
            demo = new DemoUsers(description.defaultPassword(), DemoMunicipality.generate(description).logins()
                    .stream().map(l -> new DemoUser(l.username(), l.personnelNumber(), l.roles())).toList());
        } else {
            demo = read(file);
        }
        // one hash for the shared demo password: 45 (or 600) bcrypt rounds would add seconds to every first start
        String hash = encoder.encode(demo.defaultPassword());
        for (DemoUser user : demo.users()) {
            if (!Usernames.isCanonical(user.username())) {
                throw new IllegalStateException(file + ": user '" + LogSafe.ascii(user.username())
                        + "' is no username in its one form: " + Usernames.RULE);
            }
            EmployeeSummary employee = directory.employeeByPersonnelNumber(user.personnelNumber())
                    .orElseThrow(() -> new IllegalStateException(file + ": user " + user.username()
                            + " names unknown personnel number " + user.personnelNumber()));
            List<String> roles = user.roles() == null ? List.of() : user.roles();
            for (String role : roles) {
                if (!Roles.ASSIGNABLE.contains(role)) {
                    throw new IllegalStateException(file + ": user " + user.username() + " has role " + role
                            + "; only " + Roles.ASSIGNABLE + " are assigned, the others follow from the organisation");
                }
            }
            accounts.save(UserAccount.demo(user.username(), hash, employee.id(), roles));
        }
        log.info("Created {} demo logins from {} (password in README)", demo.users().size(), file);
    }

    private static DemoUsers read(Path file) {
        try {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(file.toFile(), DemoUsers.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo logins " + file.toAbsolutePath() + " cannot be read: " + e.getMessage(), e);
        }
    }
}

package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The demo logins file names its users in the one form of a username, or the demo does not start. */
class DemoAccountsLoaderTests {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);

    @Test
    void shouldRefuseADemoUserWhoseNameIsNotInTheOneForm(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("users.yaml"), """
                defaultPassword: "Welkom-2026"
                users:
                  - username: Huisman
                    personnelNumber: "100003"
                    roles: []
                """);
        var loader = new DemoAccountsLoader(mock(OrganisationDirectory.class), accounts,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), dir);

        assertThatThrownBy(loader::run).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("users.yaml: user 'Huisman' is no username in its one form");
        verify(accounts, never()).save(any());
    }
}

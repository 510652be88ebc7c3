package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The first admin of a production installation needs a real password, and none is made when one exists. */
class InitialAdminBootstrapTests {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);

    @Test
    void shouldRefuseToStartWithAShortInitialPassword() {
        var bootstrap = new InitialAdminBootstrap(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                "beheer", "kort");
        assertThatThrownBy(bootstrap::afterSingletonsInstantiated).hasMessageContaining("at least 12 characters");
        verify(accounts, never()).save(any());
    }

    @Test
    void shouldCreateNothingWithoutTheVariables() {
        new InitialAdminBootstrap(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(), "", "")
                .afterSingletonsInstantiated();
        verify(accounts, never()).save(any());
    }
}

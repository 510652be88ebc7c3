package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The first admin of a production installation needs a real password and a username in the one form logins are
 * compared in, and none is made when one exists.
 */
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

    @Test
    void shouldStoreTheFirstAdminInTheOneFormOfAUsername() {
        new InitialAdminBootstrap(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                " Beheerder ", "lang-genoeg-wachtwoord").afterSingletonsInstantiated();
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("beheerder");
        assertThat(saved.getValue().getExtraRoles()).containsExactly(Roles.ADMIN);
    }

    @Test
    void shouldRefuseToStartWithAnInitialAdminNameThatIsNoUsername() {
        // a dotless ı: the old ignore-case lookup made "beheerder" of it, no account can have it now
        var bootstrap = new InitialAdminBootstrap(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                "behe\u0131rder", "lang-genoeg-wachtwoord");
        assertThatThrownBy(bootstrap::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GESPREKSCYCLUS_INITIAL_ADMIN_USERNAME 'behe\\u0131rder' is no username");
        verify(accounts, never()).save(any());
    }
}

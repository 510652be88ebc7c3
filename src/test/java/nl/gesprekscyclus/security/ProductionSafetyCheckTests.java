package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class ProductionSafetyCheckTests {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);

    @Test
    void shouldRefuseToStartOnADatabaseWithDemoLogins() {
        when(accounts.countByDemoTrue()).thenReturn(45L);
        assertThatThrownBy(() -> new ProductionSafetyCheck(accounts).afterSingletonsInstantiated())
                .hasMessageContaining("45 demo logins");
    }

    @Test
    void shouldStartOnADatabaseWithoutDemoLogins() {
        when(accounts.countByDemoTrue()).thenReturn(0L);
        assertThatCode(() -> new ProductionSafetyCheck(accounts).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }
}

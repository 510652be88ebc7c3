package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The list of reverse proxies whose forwarded headers count (gesprekscyclus.http.trusted-proxies): what an operator
 * may write, and which remote addresses it then matches. The server side is in ProfileInBrowserTests.
 */
class TrustedProxiesTests {

    @Test
    void shouldMatchExactlyTheListedAddressesAsTomcatWritesThem() {
        List<String> addresses = TrustedProxies.normalised(List.of(" 10.0.0.10", "::1", ""));
        assertThat(addresses).containsExactly("10.0.0.10", "0:0:0:0:0:0:0:1");
        Pattern proxies = Pattern.compile(TrustedProxies.regex(addresses));
        assertThat(proxies.matcher("10.0.0.10").matches()).isTrue();
        assertThat(proxies.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        // no neighbours: not a longer address, not a dot read as "any character", not the rest of the network
        assertThat(proxies.matcher("10.0.0.100").matches()).isFalse();
        assertThat(proxies.matcher("10.0.0.1").matches()).isFalse();
        assertThat(proxies.matcher("10a0b0c10").matches()).isFalse();
        assertThat(proxies.matcher("192.168.1.20").matches()).isFalse();
    }

    @Test
    void shouldStopTheStartOnAnEntryThatIsNoAddress() {
        for (String wrong : List.of("nginx.intern", "10.0.0.0/8", "999.1.1.1", "10.0.0", "10.0.0.*")) {
            assertThatThrownBy(() -> TrustedProxies.normalised(List.of("127.0.0.1", wrong))).as(wrong)
                    .hasMessageContaining("gesprekscyclus.http.trusted-proxies")
                    .hasMessageContaining("'" + wrong + "' is not an IP address");
        }
    }

    @Test
    void shouldTrustNoForwardedHeaderWhenTheListIsEmpty() {
        assertThat(TrustedProxies.normalised(List.of())).isEmpty();
        assertThat(TrustedProxies.normalised(null)).isEmpty();
    }
}

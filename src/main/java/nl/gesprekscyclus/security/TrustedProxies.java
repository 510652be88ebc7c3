package nl.gesprekscyclus.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} only from the reverse proxies
 * listed in {@code gesprekscyclus.http.trusted-proxies} (default: loopback, nginx on the same host). The client
 * address Tomcat derives from them is what the login log and the audit trail record, so a header believed from
 * anyone lets a user put any address there. Spring Boot's own {@code server.forward-headers-strategy=native}
 * trusts every private address (10/8, 172.16/12, 192.168/16, 127/8...): on a municipal network that is every
 * colleague's laptop. This runs after Boot's customizer and puts one valve of its own in place of Boot's.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String PROPERTY = "gesprekscyclus.http.trusted-proxies";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    private final List<String> addresses;
    private final ServerProperties server;

    TrustedProxies(@Value("${" + PROPERTY + ":127.0.0.1,::1}") List<String> proxies, ServerProperties server) {
        this.addresses = normalised(proxies);
        this.server = server;
        if (server.getForwardHeadersStrategy() == ServerProperties.ForwardHeadersStrategy.FRAMEWORK) {
            throw new IllegalStateException("server.forward-headers-strategy: framework believes X-Forwarded-* from"
                    + " every address; remove it (" + PROPERTY + " names the proxies whose headers count)");
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<Valve> valves = new ArrayList<>(factory.getEngineValves());
        valves.removeIf(RemoteIpValve.class::isInstance);
        if (!addresses.isEmpty()) {
            valves.add(0, valve()); // first: later valves (an access log) see the client's address
        }
        factory.setEngineValves(valves);
    }

    private RemoteIpValve valve() {
        ServerProperties.Tomcat.Remoteip names = server.getTomcat().getRemoteip();
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(regex(addresses));
        // no other proxy in the chain is believed: the client is the last address our proxy added
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader(names.getRemoteIpHeader() == null ? "X-Forwarded-For" : names.getRemoteIpHeader());
        valve.setProtocolHeader(names.getProtocolHeader() == null ? "X-Forwarded-Proto" : names.getProtocolHeader());
        valve.setProtocolHeaderHttpsValue(names.getProtocolHeaderHttpsValue());
        valve.setHostHeader(names.getHostHeader());
        valve.setPortHeader(names.getPortHeader());
        return valve;
    }

    /** One alternative per address, matched whole and literally (a dot is a dot). */
    static String regex(List<String> addresses) {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * Each entry as Tomcat writes a remote address ({@code ::1} becomes {@code 0:0:0:0:0:0:0:1}). Only IP literals:
     * a host name would need a DNS lookup at start-up and could point elsewhere later.
     */
    static List<String> normalised(List<String> proxies) {
        List<String> result = new ArrayList<>();
        for (String entry : proxies == null ? List.<String>of() : proxies) {
            String literal = entry.strip();
            if (literal.isEmpty()) {
                continue;
            }
            if (!isIpLiteral(literal)) {
                throw invalid(literal);
            }
            try {
                result.add(InetAddress.getByName(literal).getHostAddress()); // a literal: no lookup
            } catch (UnknownHostException e) {
                throw invalid(literal);
            }
        }
        return List.copyOf(result);
    }

    /** What {@link InetAddress#getByName} reads without DNS: 999.1.1.1 would go to DNS as a host name. */
    private static boolean isIpLiteral(String s) {
        if (IPV4.matcher(s).matches()) {
            return Arrays.stream(s.split("\\.")).mapToInt(Integer::parseInt).allMatch(part -> part <= 255);
        }
        return IPV6.matcher(s).matches();
    }

    private static IllegalStateException invalid(String literal) {
        return new IllegalStateException(PROPERTY + ": '" + literal + "' is not an IP address; list the addresses of"
                + " the reverse proxies, e.g. 10.0.0.10, ::1 (no host names, no ranges)");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's TomcatWebServerFactoryCustomizer, which adds its valve
    }
}

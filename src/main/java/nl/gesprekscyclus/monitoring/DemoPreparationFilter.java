package nl.gesprekscyclus.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the demo round is prepared ({@link DemoRound}: both clocks stand in the past), every request is answered
 * with "De demo wordt voorbereid…" (503, the page asks again by itself), before the login, the screens and the
 * session: nobody logs in, nobody sees a moment of the year being played. Once the demo is ready, it passes
 * everything on.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gesprekscyclus.demo.round.enabled", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoPreparationFilter extends OncePerRequestFilter {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10">
            <title>De demo wordt voorbereid</title></head>
            <body><main><h1>De demo wordt voorbereid…</h1>
            <p>Het jaar van de gesprekscyclus wordt doorgespeeld tot vandaag (bij Ommen ook vorig jaar tot het einde).
            Dat gebeurt alleen bij de eerste start: bij een gemeente als Ommen duurt het ongeveer een minuut, bij 600
            medewerkers enkele minuten. Deze pagina kijkt elke tien seconden of de demo klaar is.</p>
            </main></body></html>
            """;

    private final BooleanSupplier ready;

    @org.springframework.beans.factory.annotation.Autowired
    DemoPreparationFilter(DemoRound demo) {
        this(demo::ready);
    }

    DemoPreparationFilter(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready.getAsBoolean()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}

package nl.gesprekscyclus.test_support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP as a client without a browser sees it: statuses, headers and redirects, one cookie jar (a session), a login
 * through the form with the token Flow writes into the login page. And {@link #sendFrom}: one request from a chosen
 * local address (127.0.0.2 is another machine to the server), for what the server believes about forwarded headers.
 */
public final class PlainHttp {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private PlainHttp(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A fresh client: no session, redirects not followed. */
    public static PlainHttp to(int port) {
        return new PlainHttp(port);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page and returns the CSRF token it carries (the session now holds it). */
    public String loginToken() throws IOException, InterruptedException {
        Matcher token = CSRF_META.matcher(get("/login").body());
        assertThat(token.find()).as("the login page carries the form's token").isTrue();
        return token.group(1);
    }

    /** Logs in through the form, as vaadin-login-form posts it. */
    public PlainHttp logIn(String username, String password) throws IOException, InterruptedException {
        String token = loginToken();
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", token)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location")).as("logged in, not back at the login")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        return this;
    }

    /** The session cookie as a request header value ({@code JSESSIONID=…}). */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString).findFirst().orElseThrow();
    }

    public static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** The status line and headers of a response read from a socket (header names in lower case). */
    public record RawResponse(int status, Map<String, String> headers) {
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase()));
        }
    }

    /**
     * Sends one HTTP/1.1 request to 127.0.0.1:{@code port} from the local address {@code from}: on Linux every
     * 127.x.y.z is this machine, and the server sees that address as the client's.
     */
    public static RawResponse sendFrom(String from, int port, String method, String path, Map<String, String> headers,
            String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static RawResponse parse(String response) {
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(), lines[i].substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        return new RawResponse(status, headers);
    }
}

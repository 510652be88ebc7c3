package nl.gesprekscyclus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated user speaking Vaadin Flow's own client-server protocol over HTTP, without a browser: the
 * Spring Security form login, the page (which carries the UI built for it) and then UIDL requests that carry clicks, field
 * values and navigations, exactly as Vaadin's JavaScript client sends them. It keeps the server's element
 * tree (the "changes" of every response) so it can find a button by its id or text and a field by its label,
 * and it carries the tokens Vaadin checks (CSRF key, syncId, clientId). This lets the load benchmark run
 * hundreds of users on a 2-core machine, where hundreds of chromium instances would not fit.
 * <p>
 * Protocol facts this relies on (Flow 24): node features 0 = element data (tag), 1 = properties,
 * 2 = children, 3 = attributes, 4 = listeners, 7 = text of a text node; events are
 * {@code {"type":"event","node":n,"event":"click","data":{…}}}, property values {@code "mSync"}.
 */
final class VaadinHttpClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL_PREFIX = "for(;;);";
    /** Where an eagerly loaded page starts the JSON of its UI (Flow's IndexHtmlRequestHandler). */
    private static final String EAGER_INITIAL = "window.Vaadin.TypeScript=";
    /** Spring's CSRF token, as Flow writes it into the login page. */
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** One server-side element as the client sees it. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null ? null : value.asText();
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null ? null : value.asText();
        }
    }

    /**
     * Characters of the answers per request name, and their count: what the server encoded (for a Vaadin request,
     * the changes of the element tree), summed over every client.
     */
    static final Map<String, LongAdder[]> RESPONSE_CHARS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final BiConsumer<String, Long> timings;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;

    /** @param timings told the name and duration (ns) of every HTTP request, for the percentiles */
    VaadinHttpClient(String base, BiConsumer<String, Long> timings) {
        this.base = base;
        this.timings = timings;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The login form of Spring Security (the page Vaadin's LoginForm posts to), with the token the page carries. */
    void logIn(String username, String password) throws IOException, InterruptedException {
        String page = send("GET /login", HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()).body();
        // Flow writes Spring's CSRF token into the page's meta tags; vaadin-login-form posts it with the form
        Matcher meta = CSRF_META.matcher(page);
        if (!meta.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        String csrf = "&_csrf=" + enc(meta.group(1));
        String form = "username=" + enc(username) + "&password=" + enc(password) + csrf;
        HttpResponse<String> response = send("POST /login", HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + response.statusCode() + " " + location);
        }
    }

    /**
     * Opens a route as the browser would: the first time the page (with the UI the server built for it), then
     * (and for every later route) the navigation event the client router sends.
     */
    void open(String route) throws IOException, InterruptedException {
        if (uiId < 0) {
            HttpResponse<String> page = send("GET page", HttpRequest.newBuilder(URI.create(base + "/" + route)).GET().build());
            // vaadin.eagerServerLoad (config/application.yml): the page carries the UI the server built for this
            // route, and the browser sends no init request; without it, the browser asks with v-r=init
            int eager = page.body().indexOf(EAGER_INITIAL);
            JsonNode initial = eager >= 0
                    ? JSON.readTree(page.body().substring(eager + EAGER_INITIAL.length())).path("initial")
                    : JSON.readTree(send("init", HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                            + enc(route) + "&query=")).GET().build()).body());
            JsonNode config = initial.path("appConfig");
            uiId = config.path("v-uiId").asInt();
            JsonNode uidl = config.path("uidl");
            securityKey = uidl.path("Vaadin-Security-Key").asText();
            apply(uidl);
        }
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        data.put("trigger", "");
        rpc("navigate " + route.replaceAll("/\\d+", "/{id}"), event(1, "ui-navigate", data));
    }

    /** A click on an element, with the event data its listener asks for (mouse position 0, no keys). */
    /** How many elements of the page this client holds (the server's element tree as sent to the client). */
    int nodeCount() {
        return nodes.size();
    }

    void click(Node node, String timingName) throws IOException, InterruptedException {
        rpc(timingName, event(node.id, "click", eventData(node, "click")));
    }

    /** Sets a field's value as the web component does (property sync), then the change event it fires. */
    void setValue(Node field, String value) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", field.id);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        List<ObjectNode> rpcs = new ArrayList<>(List.of(sync));
        for (String event : List.of("change", "value-changed")) {
            if (field.listeners.containsKey(event)) {
                rpcs.add(event(field.id, event, eventData(field, event)));
            }
        }
        rpc("field value", rpcs.toArray(ObjectNode[]::new));
    }

    /**
     * Confirms a vaadin-confirm-dialog as the web component does: the "confirm" event, then the dialog closes itself
     * and tells the server with "opened-changed" (whose filter, {@code event.detail.value === false}, is then true;
     * the server's ConfirmDialog closes and gives up its modality on it). Without the close the server keeps the
     * dialog open and modal, and ignores every later click outside it: the load client's log out was a no-op until
     * this, so every iteration left its session (with its views) in the server's heap until the session timeout.
     */
    void confirm(Node dialog, String timingName) throws IOException, InterruptedException {
        ObjectNode closed = eventData(dialog, "opened-changed");
        closed.put("event.detail.value === false", true);
        rpc(timingName, event(dialog.id, "confirm", eventData(dialog, "confirm")),
                event(dialog.id, "opened-changed", closed));
    }

    /**
     * Clicks the log out button; true when the server ended the session and sent the browser to the login page
     * (the answer says the session expired and opens /login?logout), false when the click changed nothing.
     */
    boolean logOut(Node button, String timingName) throws IOException, InterruptedException {
        try {
            click(button, timingName);
            return false;
        } catch (SessionEnded ended) {
            return ended.uidl.path("execute").toString().contains("/login?logout");
        }
    }

    Optional<Node> byId(String id) {
        return find(n -> id.equals(n.attribute("id")));
    }

    /** The newest element with this label (a dialog's field is newer than a form's field of the same name). */
    Optional<Node> byLabel(String label) {
        return find(n -> label.equals(n.property("label")));
    }

    /** The newest element with this tag whose text is the given text (e.g. a button "Opslaan"). */
    Optional<Node> byTagAndText(String tag, String text) {
        return find(n -> tag.equals(n.tag) && text.equals(textOf(n).strip()));
    }

    Optional<Node> byTag(String tag) {
        return find(n -> tag.equals(n.tag));
    }

    /** All text below an element, as the screen would show it (roughly: no layout). */
    String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        collectText(node, out, 0);
        return out.toString();
    }

    /** Everything the current view shows as text. */
    String pageText() {
        return nodes.values().stream().filter(n -> n.text != null).map(n -> n.text)
                .reduce("", (a, b) -> a + " " + b);
    }

    private void collectText(Node node, StringBuilder out, int depth) {
        if (depth > 50) {
            return;
        }
        if (node.text != null) {
            out.append(node.text);
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                collectText(c, out, depth + 1);
            }
        }
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).max(Comparator.comparingInt(n -> n.id));
    }

    private ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** The values of the event data expressions a listener declared (its constant): neutral defaults. */
    private ObjectNode eventData(Node node, String event) {
        ObjectNode data = JSON.createObjectNode();
        JsonNode expressions = constants.get(node.listeners.get(event));
        if (expressions != null) {
            expressions.fieldNames().forEachRemaining(expression -> {
                if (expression.endsWith("Key") || expression.startsWith("(")) {
                    data.put(expression, false);
                } else if (expression.equals("event.detail")) {
                    data.put(expression, 1);
                } else if (expression.startsWith("event.")) {
                    data.put(expression, 0);
                }
            });
        }
        return data;
    }

    private void rpc(String timingName, ObjectNode... rpcs) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        ArrayNode list = body.putArray("rpc");
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> response = send(timingName, HttpRequest.newBuilder(
                        URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        String text = response.body();
        if (!text.startsWith(UIDL_PREFIX)) {
            throw new IllegalStateException(timingName + ": not a UIDL answer: " + abbreviate(text));
        }
        JsonNode uidl = JSON.readTree(text.substring(UIDL_PREFIX.length())).get(0);
        JsonNode meta = uidl.path("meta");
        if (meta.has("sessionExpired")) {
            throw new SessionEnded(timingName, uidl);
        }
        if (meta.has("appError")) {
            throw new IllegalStateException(timingName + ": " + meta);
        }
        clientId++;
        apply(uidl);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        uidl.path("constants").fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asText(null);
            switch (type) {
                case "put" -> put(node, feature, key, change.get("value"));
                case "remove" -> {
                    node.properties.remove(key);
                    node.attributes.remove(key);
                    node.listeners.remove(key);
                }
                case "splice" -> splice(node, change);
                case "clear" -> node.children.clear();
                default -> {
                    // "attach" only announces the node, created above
                }
            }
        }
    }

    private void put(Node node, int feature, String key, JsonNode value) {
        if (value == null) {
            return;
        }
        switch (feature) {
            case 0 -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                }
            }
            case 1 -> node.properties.put(key, value);
            case 3 -> node.attributes.put(key, value);
            case 4 -> node.listeners.put(key, value.asText());
            case 7 -> node.text = value.asText();
            default -> {
                // push configuration, client callables, return channels: not needed to act as a user
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        if (feature != 2 && feature != 11) {
            return; // 2: children; 11: virtual children (e.g. a dialog's overlay content)
        }
        int index = Math.min(change.path("index").asInt(), node.children.size());
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(n -> added.add(n.asInt()));
        node.children.addAll(index, added);
    }

    private HttpResponse<String> send(String name, HttpRequest request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        // the server side of the benchmark (RequestProfile) accounts its CPU and profile samples to this name
        HttpRequest named = HttpRequest.newBuilder(request, (header, value) -> true)
                .header(RequestProfile.HEADER, name).build();
        HttpResponse<String> response = http.send(named, HttpResponse.BodyHandlers.ofString());
        timings.accept(name, System.nanoTime() - t0);
        RESPONSE_CHARS.computeIfAbsent(name, n -> new LongAdder[] {new LongAdder(), new LongAdder()});
        RESPONSE_CHARS.get(name)[0].add(response.body().length());
        RESPONSE_CHARS.get(name)[1].increment();
        if (Boolean.getBoolean("bench.dump")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/bench/dump-" + name.replaceAll("\\W+", "-")
                    + ".txt"), response.body());
        }
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(name + ": HTTP " + response.statusCode());
        }
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** The server's answer said the session has ended (after a log out, or a session that timed out). */
    static final class SessionEnded extends IllegalStateException {
        final transient JsonNode uidl;

        SessionEnded(String timingName, JsonNode uidl) {
            super(timingName + ": " + uidl.path("meta"));
            this.uidl = uidl;
        }
    }
}

package nl.gesprekscyclus.functionbook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.gesprekscyclus.base.startup.StartupStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The function books known to the system: loads the folder once when the application starts (the first of the
 * start-up data steps, before the web server takes requests; {@link FunctionBookActivation}) and gives the current
 * version of the organisation's book. Internal to services; screens go through {@link FunctionBookService}.
 */
@Component
public class FunctionBooks implements StartupStep {

    private final FunctionBookActivation activation;
    private final FunctionBookVersionRepository versions;
    private final FunctionBookReader reader;
    private final FunctionBookProperties properties;
    private final String activeBookCode;
    private final Map<Long, LoadedFunctionBook> cache = new ConcurrentHashMap<>();
    private volatile String activeCode;
    private volatile boolean loaded;

    FunctionBooks(FunctionBookActivation activation, FunctionBookVersionRepository versions, FunctionBookReader reader,
            FunctionBookProperties properties, @Value("${gesprekscyclus.active-function-book:}") String activeBookCode) {
        this.activation = activation;
        this.versions = versions;
        this.reader = reader;
        this.properties = properties;
        this.activeBookCode = activeBookCode;
    }

    @Override
    public int getOrder() {
        return FUNCTION_BOOKS;
    }

    @Override
    public void run() {
        ensureLoaded();
    }

    /** Loads the folder if that has not happened yet (the start-up data steps run this first). */
    public synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        activeCode = activation.activate(properties.functionBooksDir(), activeBookCode,
                properties.functionBookMapping()).activeCode();
        loaded = true;
    }

    /** The latest version of the organisation's book. */
    @Transactional(readOnly = true)
    public LoadedFunctionBook current() {
        ensureLoaded();
        FunctionBookVersion latest = versions.findFirstByBookCodeOrderByVersionNumberDesc(activeCode)
                .orElseThrow(() -> new IllegalStateException("function book " + activeCode + " not stored"));
        return toLoaded(latest);
    }

    /** A specific stored version (what a review of an earlier year refers to). */
    @Transactional(readOnly = true)
    public LoadedFunctionBook version(long versionId) {
        LoadedFunctionBook cached = cache.get(versionId);
        if (cached != null) {
            return cached;
        }
        return toLoaded(versions.findById(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no function book version " + versionId)));
    }

    private LoadedFunctionBook toLoaded(FunctionBookVersion v) {
        return cache.computeIfAbsent(v.getId(), id -> new LoadedFunctionBook(id, v.getVersionNumber(),
                v.getContentHash(), v.getLoadedAt(), v.getSourceFile(), reader.fromCanonical(v.getContent())));
    }
}

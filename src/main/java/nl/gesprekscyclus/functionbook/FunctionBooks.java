package nl.gesprekscyclus.functionbook;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The function books known to the system: loads the folder once when the application starts (before
 * the web server takes requests) and gives the current version of the organisation's book. Internal to
 * services; screens go through {@link FunctionBookService}.
 */
@Component
public class FunctionBooks implements SmartInitializingSingleton {

    private final FunctionBookLoader loader;
    private final FunctionBookVersionRepository versions;
    private final FunctionBookReader reader;
    private final FunctionBookProperties properties;
    private final String activeBookCode;
    private final Map<Long, LoadedFunctionBook> cache = new ConcurrentHashMap<>();
    private volatile String activeCode;
    private volatile boolean loaded;

    FunctionBooks(FunctionBookLoader loader, FunctionBookVersionRepository versions, FunctionBookReader reader,
            FunctionBookProperties properties, @Value("${gesprekscyclus.active-function-book:}") String activeBookCode) {
        this.loader = loader;
        this.versions = versions;
        this.reader = reader;
        this.properties = properties;
        this.activeBookCode = activeBookCode;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureLoaded();
    }

    /** Loads the folder if that has not happened yet; other start-up data (the demo organisation) calls this first. */
    public synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        List<FunctionBookLoader.Outcome> outcomes = loader.loadDirectory(properties.functionBooksDir());
        if (activeBookCode != null && !activeBookCode.isBlank()) {
            if (outcomes.stream().noneMatch(o -> o.bookCode().equals(activeBookCode))) {
                throw new IllegalStateException("gesprekscyclus.active-function-book=" + activeBookCode
                        + " but no file in " + properties.functionBooksDir() + " defines that book");
            }
            activeCode = activeBookCode;
        } else if (outcomes.size() == 1) {
            activeCode = outcomes.get(0).bookCode();
        } else {
            throw new IllegalStateException(properties.functionBooksDir() + " holds " + outcomes.size()
                    + " books; set gesprekscyclus.active-function-book to the code of the one in use");
        }
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

package nl.gesprekscyclus.functionbook;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Null-tolerant helpers for records bound from YAML, where an absent list arrives as null. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(map);
    }
}

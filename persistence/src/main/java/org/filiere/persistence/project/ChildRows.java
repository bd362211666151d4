package org.filiere.persistence.project;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Brings the rows an aggregate's row owns in line with the aggregate: rows whose key is gone are removed (and
 * deleted by orphan removal), rows still wanted are updated in place, new ones are added.
 */
final class ChildRows {

    private ChildRows() {
    }

    static <R, D, K> void sync(List<R> rows, List<D> wanted, Function<R, K> rowKey, Function<D, K> wantedKey,
            Supplier<R> create, BiConsumer<D, R> copy) {
        Map<K, R> existing = new LinkedHashMap<>();
        rows.forEach(r -> existing.put(rowKey.apply(r), r));
        Set<K> keep = new HashSet<>();
        wanted.forEach(d -> keep.add(wantedKey.apply(d)));
        rows.removeIf(r -> !keep.contains(rowKey.apply(r)));
        for (D d : wanted) {
            R row = existing.get(wantedKey.apply(d));
            if (row == null) {
                row = create.get();
                rows.add(row);
            }
            copy.accept(d, row);
        }
    }
}

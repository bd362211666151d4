package org.filiere.persistence.watch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.filiere.member.MemberId;
import org.filiere.watch.CpvCode;
import org.filiere.watch.Department;
import org.filiere.watch.Region;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;

/** Copies watch profiles between the domain model and their rows. */
final class WatchProfileMapper {

    static final String KEYWORD = "KEYWORD";
    static final String PHRASE = "PHRASE";
    static final String EXCLUDED = "EXCLUDED";
    static final String CPV = "CPV";
    static final String DEPARTMENT = "DEPARTMENT";
    static final String REGION = "REGION";
    static final String RECIPIENT = "RECIPIENT";

    private WatchProfileMapper() {
    }

    static WatchProfile toDomain(WatchProfileEntity e) {
        Map<String, List<String>> items = e.items.stream()
                .sorted(Comparator.comparing((WatchProfileItemEntity i) -> i.kind).thenComparingInt(i -> i.order))
                .collect(Collectors.groupingBy(i -> i.kind, Collectors.mapping(i -> i.value, Collectors.toList())));
        WatchCriteria criteria = new WatchCriteria(items.getOrDefault(KEYWORD, List.of()),
                items.getOrDefault(PHRASE, List.of()), items.getOrDefault(EXCLUDED, List.of()),
                items.getOrDefault(CPV, List.of()).stream().map(CpvCode::new).toList(),
                items.getOrDefault(DEPARTMENT, List.of()).stream().map(Department::new).collect(Collectors.toSet()),
                items.getOrDefault(REGION, List.of()).stream().map(Region::valueOf).collect(Collectors.toSet()),
                Optional.ofNullable(e.minValue), Optional.ofNullable(e.maxValue));
        return new WatchProfile(MemberId.of(e.siren), criteria, items.getOrDefault(RECIPIENT, List.of()), e.active,
                e.version);
    }

    /** Copies a profile onto its rows: an item row is updated in place, added or removed as the lists changed. */
    static void copy(WatchProfile p, WatchProfileEntity e) {
        WatchCriteria c = p.criteria();
        e.siren = p.memberId().value();
        e.active = p.isActive();
        e.minValue = c.minValue().orElse(null);
        e.maxValue = c.maxValue().orElse(null);
        Map<String, List<String>> wanted = new HashMap<>();
        wanted.put(KEYWORD, c.keywords());
        wanted.put(PHRASE, c.phrases());
        wanted.put(EXCLUDED, c.excludedWords());
        wanted.put(CPV, c.cpvCodes().stream().map(CpvCode::digits).toList());
        wanted.put(DEPARTMENT, sorted(c.departments().stream().map(Department::code).collect(Collectors.toSet())));
        wanted.put(REGION, sorted(c.regions().stream().map(Region::name).collect(Collectors.toSet())));
        wanted.put(RECIPIENT, p.recipients());

        Map<String, WatchProfileItemEntity> rows = new HashMap<>();
        e.items.forEach(i -> rows.put(i.kind + "#" + i.order, i));
        e.items.removeIf(i -> i.order >= wanted.getOrDefault(i.kind, List.of()).size());
        wanted.forEach((kind, values) -> {
            for (int order = 0; order < values.size(); order++) {
                WatchProfileItemEntity row = rows.get(kind + "#" + order);
                if (row == null) {
                    row = new WatchProfileItemEntity();
                    row.siren = e.siren;
                    row.kind = kind;
                    row.order = order;
                    row.profile = e;
                    e.items.add(row);
                }
                row.value = values.get(order);
            }
        });
    }

    private static List<String> sorted(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }
}

package org.filiere.report.application;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.filiere.member.SectorFamilies;
import org.filiere.member.SectorFamily;
import org.filiere.report.TargetSectors;

/**
 * The report's settings, from MicroProfile Config: {@code filiere.report.target-sectors}, the keys of the sector
 * families the association sets out to represent, separated by commas (default: every family but "other").
 */
@ApplicationScoped
public class ReportProducers {

    static final String TARGET_SECTORS = "filiere.report.target-sectors";

    @Inject
    @ConfigProperty(name = TARGET_SECTORS)
    Optional<String> targetSectors;

    @Produces
    @Singleton
    TargetSectors targetSectors(SectorFamilies families) {
        return targetSectors(targetSectors, families);
    }

    /**
     * The target sectors from their configured value.
     *
     * @throws IllegalArgumentException naming the setting and the family when a key is not a sector family
     */
    public static TargetSectors targetSectors(Optional<String> configured, SectorFamilies families) {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return new TargetSectors(families.all().stream().map(SectorFamily::key)
                    .filter(k -> !k.equals(SectorFamily.OTHER.key())).collect(Collectors.toSet()));
        }
        Set<String> keys = Arrays.stream(configured.get().split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String key : keys) {
            if (families.family(key).isEmpty()) {
                throw new IllegalArgumentException(TARGET_SECTORS + " names '" + key + "', which is not a sector family;"
                        + " the families are " + families.all().stream().map(SectorFamily::key).toList());
            }
        }
        return new TargetSectors(keys);
    }
}

package org.filiere.integration.training;

import org.filiere.persistence.TransactionBoundaryRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** This integration begins and ends no transaction itself. */
@AnalyzeClasses(packagesOf = CatalogueRoutes.class, importOptions = ImportOption.DoNotIncludeTests.class)
class TransactionBoundariesTest {

    @ArchTest
    static final ArchTests transactionBoundaries = ArchTests.in(TransactionBoundaryRules.class);
}

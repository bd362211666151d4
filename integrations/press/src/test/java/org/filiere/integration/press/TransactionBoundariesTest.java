package org.filiere.integration.press;

import org.filiere.persistence.TransactionBoundaryRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** This integration begins and ends no transaction itself. */
@AnalyzeClasses(packagesOf = PressRoutes.class, importOptions = ImportOption.DoNotIncludeTests.class)
class TransactionBoundariesTest {

    @ArchTest
    static final ArchTests transactionBoundaries = ArchTests.in(TransactionBoundaryRules.class);
}

package org.filiere.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Applies the Liquibase changelogs to the database: the library's own first, then the modules' ones. */
final class Migrations {

    static final String LIBRARY_CHANGELOG = "db/changelog/filiere.xml";

    private Migrations() {
    }

    static void apply(DataSource dataSource, List<String> changelogs) {
        if (System.getProperty("liquibase.analytics.enabled") == null) {
            System.setProperty("liquibase.analytics.enabled", "false");
        }
        ClassLoader loader = Migrations.class.getClassLoader();
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader),
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.classLoader.name(), loader);
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(scope, () -> {
                for (String changelog : changelogs) {
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .execute();
                }
            });
        } catch (SQLException e) {
            throw new PersistenceStartException("Cannot connect to the database to apply the migrations: "
                    + e.getMessage(), e);
        } catch (Exception e) {
            throw new PersistenceStartException("The database migrations failed: " + e.getMessage(), e);
        }
    }
}

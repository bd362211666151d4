package org.filiere.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A container's non-transactional data source whose connections do not auto-commit, as those of the library's own
 * pool: the plain JDBC stores commit or roll back each of their short transactions themselves.
 */
final class ManualCommitDataSource implements DataSource {

    private final DataSource container;

    ManualCommitDataSource(DataSource container) {
        this.container = container;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return manual(container.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return manual(container.getConnection(user, password));
    }

    private static Connection manual(Connection connection) throws SQLException {
        try {
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return container.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        container.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        container.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return container.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return container.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : container.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || container.isWrapperFor(type);
    }
}

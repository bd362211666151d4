package org.filiere.portal.liberty;

import org.eclipse.persistence.platform.server.ServerPlatformBase;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.ExternalTransactionController;

/**
 * EclipseLink's view of Open Liberty for a persistence unit the application starts itself: the server's JTA
 * transactions, reached through the standard {@code java:comp} names only ({@link LibertyTransactionController}).
 * Named by {@code filiere.jpa.eclipselink.target-server}.
 */
public class LibertyServerPlatform extends ServerPlatformBase {

    /**
     * The platform of one EclipseLink session.
     *
     * @param session the session
     */
    public LibertyServerPlatform(DatabaseSession session) {
        super(session);
    }

    @Override
    public Class<? extends ExternalTransactionController> getExternalTransactionControllerClass() {
        return LibertyTransactionController.class;
    }
}

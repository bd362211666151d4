package org.filiere.portal.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's pages and JSON API, from the root of the server. */
@ApplicationPath("/")
public class PortalApplication extends Application {
}

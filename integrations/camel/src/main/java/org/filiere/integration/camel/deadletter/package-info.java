/**
 * Dead letters: the items an integration could not process, kept in the library's database with the route, the
 * reason and the time, so that staff can list them, try them again once the cause is fixed, or discard them.
 */
package org.filiere.integration.camel.deadletter;

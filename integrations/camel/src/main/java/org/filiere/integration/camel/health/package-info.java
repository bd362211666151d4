/** The health view of the integrations: each route's state, last success, last failure and dead letters. */
package org.filiere.integration.camel.health;

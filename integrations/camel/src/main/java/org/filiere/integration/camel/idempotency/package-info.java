/**
 * Idempotency in the library's database: an item key recorded once per repository name, so that several
 * application nodes sharing one database never process the same item twice.
 */
package org.filiere.integration.camel.idempotency;

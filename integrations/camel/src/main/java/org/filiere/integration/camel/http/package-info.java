/**
 * Reading from partners' web servers, shared by the integrations that poll them: every call with a connect and a
 * read timeout, every body read as a stream up to a size limit, and each failure classed as transient (worth
 * trying again) or permanent.
 */
package org.filiere.integration.camel.http;

/**
 * Training organisations' catalogues coming in through Camel routes (a drop folder, a polled URL) into the
 * training catalogue, and confirmed registrations going out to them.
 */
package org.filiere.integration.training;

/** How core is wired in a CDI container: producers of the clock, reference data and policies, and event publishing. */
package org.filiere.wiring;

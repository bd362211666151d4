/**
 * The shared kernel: the few notions every feature of the association relies on (domain events,
 * business refusals, stale data). It knows no framework.
 */
package org.filiere.kernel;

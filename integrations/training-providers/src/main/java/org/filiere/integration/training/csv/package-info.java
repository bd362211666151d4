/** The simple CSV catalogue for small training organisations: one row per session (see the module's README). */
package org.filiere.integration.training.csv;

/**
 * LHEO, the French standard for training offers: a streaming, XXE-safe reader of the 2.2
 * ({@code http://www.lheo.org/2.2}) and 2.3 ({@code http://lheo.gouv.fr/2.3}) namespaces.
 */
package org.filiere.integration.training.lheo;

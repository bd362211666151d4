/** How the CDI container runs application services acting as the {@link org.filiere.access.CurrentActor}. */
package org.filiere.access.application;

/** Application services for the Charter of Good Practices. */
package org.filiere.charter.application;

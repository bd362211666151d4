/** Confirmed registrations for an outside training organisation's sessions, sent to that organisation. */
package org.filiere.integration.training.registration;

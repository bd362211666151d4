/** The application services of events: planning and publishing, registrations, check-in, figures, calendars. */
package org.filiere.event.application;

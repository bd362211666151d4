/** Recording every domain event in the audit trail, listing it for staff, and its retention. */
package org.filiere.audit.application;

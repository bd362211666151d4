/** The audit trail's table. */
package org.filiere.persistence.audit;

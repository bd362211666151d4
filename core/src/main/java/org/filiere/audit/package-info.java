/** The audit trail: who did what to which record, when, recorded with every change and kept for a set period. */
package org.filiere.audit;

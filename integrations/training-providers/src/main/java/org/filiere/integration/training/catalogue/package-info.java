/**
 * A training organisation's catalogue as read, before any rule of the association is applied: courses and their
 * sessions as plain text fields, streamed one course at a time from whatever format the organisation publishes.
 */
package org.filiere.integration.training.catalogue;

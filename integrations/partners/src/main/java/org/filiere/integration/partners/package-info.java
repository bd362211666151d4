/**
 * Partner clusters: the association's public directory published as schema.org {@code Organization} JSON-LD and
 * Popolo JSON (over HTTP and as files), its published events as schema.org {@code Event} JSON-LD, and partners'
 * directories, events and contact cards taken in (schema.org JSON-LD, Popolo, iCalendar, vCard, jCard) from a drop
 * folder or polled over HTTP: streamed, bounded, hostile files refused whole, bad records dead-lettered one by one.
 */
package org.filiere.integration.partners;

/**
 * The directories the association exchanges with partner clusters: its own public directory of the members who
 * consented to be listed (consent recorded with its date, withdrawal possible), and the partners' directories,
 * events and contacts taken in and kept as partner data, refreshed without duplicates and searchable.
 */
package org.filiere.directory;

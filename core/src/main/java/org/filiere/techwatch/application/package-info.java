/**
 * Application services of the technology watch: feeds and topics, items read from feeds and classified, the weekly
 * letter curated and published, its deliveries sent after the publication committed, and its subscribers.
 */
package org.filiere.techwatch.application;

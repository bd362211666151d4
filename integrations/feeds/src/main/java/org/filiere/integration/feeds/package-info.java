/**
 * The technology watch's integrations: news feeds read with ROME (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, messy encodings,
 * DOCTYPEs handled without fetching anything, HTML reduced to safe text), polled over HTTP with timeouts and a size
 * limit, and the weekly letter sent by mail.
 */
package org.filiere.integration.feeds;

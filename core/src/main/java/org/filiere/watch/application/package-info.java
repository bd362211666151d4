/** Application services of the market watch: tenders in, watch profiles, weekly digests composed and sent. */
package org.filiere.watch.application;

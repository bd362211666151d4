/**
 * The Charter of Good Practices: its versions, members' signatures of the current version, revocation, and the
 * certificate code a signatory member quotes and anyone can verify.
 */
package org.filiere.charter;

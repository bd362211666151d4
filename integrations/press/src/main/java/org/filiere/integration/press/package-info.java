/**
 * Press relations' integration: press releases published once their embargo is lifted and sent to their
 * distribution list by mail, one stored delivery at a time.
 */
package org.filiere.integration.press;

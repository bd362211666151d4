/** The retention rules applied on a daily schedule. */
package org.filiere.integration.camel.retention;

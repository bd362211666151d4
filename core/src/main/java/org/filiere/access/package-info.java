/** Who acts, with which roles, and the named rules of who may do what. */
package org.filiere.access;

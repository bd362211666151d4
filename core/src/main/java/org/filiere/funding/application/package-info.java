/** The application services staff use to keep the association's income and expense lines. */
package org.filiere.funding.application;

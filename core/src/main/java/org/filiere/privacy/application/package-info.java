/** One export and one erasure of a person across every place that holds data about them. */
package org.filiere.privacy.application;

/**
 * Application services for training: the catalogue of courses and sessions (with the import of training
 * organisations' catalogues), registrations and attendance, the directory and figures, and calendar files.
 */
package org.filiere.training.application;

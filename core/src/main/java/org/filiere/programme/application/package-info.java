/**
 * Application services for partner organisations, their cooperation agreements and the partner programmes with
 * their enrollments and figures.
 */
package org.filiere.programme.application;

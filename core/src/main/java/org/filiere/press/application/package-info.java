/**
 * Application services of press relations: outlets, journalists and lists; press releases scheduled under embargo,
 * published and delivered after their publication committed; the coverage log and its yearly figures.
 */
package org.filiere.press.application;

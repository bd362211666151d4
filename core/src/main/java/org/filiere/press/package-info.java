/**
 * Press relations: media outlets and their journalists (personal data, exportable and erasable), distribution
 * lists, press releases (draft, under embargo, published) sent by mail to a list once the embargo is lifted (stored
 * deliveries, sent after the publication committed), and the log of the press coverage with its yearly figures.
 */
package org.filiere.press;

/**
 * Members of the association: companies and organisations identified by their SIREN, their establishments
 * (SIRET), activity (NAF) and sector family, their membership year by year with its dues, the contact persons
 * at each member (personal data, kept apart) and the days they contribute to the association's work.
 */
package org.filiere.member;

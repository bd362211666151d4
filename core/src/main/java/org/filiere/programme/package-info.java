/**
 * Partner organisations (other clusters, competitiveness clusters, schools, funders), the cooperation agreements
 * signed with them, and the programmes run with them: their period and places, their eligibility as composable
 * named policies (sector, size band, charter signed, active membership), and the enrollment of members.
 */
package org.filiere.programme;

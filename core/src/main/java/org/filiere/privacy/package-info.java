/**
 * Personal data across features: the places where people's data lives ({@link org.filiere.privacy.PersonalDataPlace},
 * one bean per place), what an export gives and what an erasure did.
 */
package org.filiere.privacy;

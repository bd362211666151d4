/**
 * Application services of the directories: members' consents and the public directory they make, and the partners'
 * directories, events and contact cards taken in, searched and, for people, exported and erased on request.
 */
package org.filiere.directory.application;

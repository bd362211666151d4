/** Application services for members: membership commands, the member directory, contacts and contributions. */
package org.filiere.member.application;

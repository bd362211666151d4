/**
 * Mail out, shared by the integrations that send e-mails (the technology letter, press releases): a message handed
 * to {@link org.filiere.integration.camel.mail.MailSender} goes to the configured SMTP server through camel-mail,
 * and a refusal says whether it is worth trying again.
 */
package org.filiere.integration.camel.mail;

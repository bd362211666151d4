package org.filiere.integration.camel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** The rule of what a mail server's refusal means: never try again after a 5xx, try again after anything else. */
class MailSenderTest {

    @Test
    void shouldNeverTryAgainAnAddressTheServerRefusedForGood() throws AddressException {
        var refused = new SMTPAddressFailedException(new InternetAddress("nobody@example.org"), "RCPT TO", 550,
                "550 5.1.1 mailbox unavailable");
        assertThat(MailSender.isPermanent(new RuntimeException("send failed", refused))).isTrue();
        assertThat(MailSender.isPermanent(new SMTPSendFailedException("DATA", 554, "554 rejected", null, null, null,
                null))).isTrue();
        assertThat(MailSender.isPermanent(new AddressException("Illegal address", "not an address"))).isTrue();
    }

    @Test
    void shouldTryAgainWhenTheServerSaysLaterOrCannotBeReached() throws AddressException {
        var greylisted = new SMTPAddressFailedException(new InternetAddress("someone@example.org"), "RCPT TO", 450,
                "450 4.7.1 try again later");
        assertThat(MailSender.isPermanent(greylisted)).isFalse();
        assertThat(MailSender.isPermanent(new MessagingException("Could not connect to SMTP host",
                new java.net.ConnectException("Connection refused")))).isFalse();
    }
}

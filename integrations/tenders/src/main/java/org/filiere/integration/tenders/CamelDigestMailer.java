package org.filiere.integration.tenders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.Config;
import org.filiere.member.Member;
import org.filiere.member.Members;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestMailer;
import org.filiere.watch.DigestNotSentException;

/**
 * Sends digests as HTML e-mails (with a plain-text alternative) through {@link DigestMailRoutes}, to the SMTP
 * server configured for the integration. A mail the server does not take fails the sending, so that the digest
 * stays unsent.
 */
@ApplicationScoped
public class CamelDigestMailer implements DigestMailer {

    private final ProducerTemplate template;
    private final DigestRenderer renderer;
    private final Members members;
    private final Config config;

    @Inject
    public CamelDigestMailer(ProducerTemplate template, DigestRenderer renderer, Members members, Config config) {
        this.template = template;
        this.renderer = renderer;
        this.members = members;
        this.config = config;
    }

    /** For the CDI container's proxies. */
    protected CamelDigestMailer() {
        this(null, null, null, null);
    }

    @Override
    public void send(Digest digest) {
        if (config.getOptionalValue(DigestMailRoutes.SMTP_URL, String.class).isEmpty()) {
            throw new DigestNotSentException(digest, new IllegalStateException(
                    "no SMTP server is configured (" + DigestMailRoutes.SMTP_URL + ")"));
        }
        String name = members.find(digest.memberId()).map(Member::name).orElse("member " + digest.memberId());
        RenderedDigest mail = renderer.render(digest, name);
        Exchange result = template.send(DigestMailRoutes.ENDPOINT, exchange -> {
            exchange.getIn().setHeader("To", String.join(",", digest.recipients()));
            exchange.getIn().setHeader("From", config.getOptionalValue(DigestMailRoutes.FROM, String.class)
                    .orElse("veille@filiere.example.org"));
            exchange.getIn().setHeader("Subject", mail.subject());
            exchange.getIn().setHeader(DigestMailRoutes.ALTERNATIVE_BODY, mail.text());
            exchange.getIn().setBody(mail.html());
        });
        if (result.getException() != null) {
            throw new DigestNotSentException(digest, result.getException());
        }
    }
}

package org.filiere.portal.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.filiere.access.Actor;
import org.filiere.charter.CertificateCode;
import org.filiere.charter.CharterVersion;
import org.filiere.charter.Signature;
import org.filiere.charter.application.CharterService;
import org.filiere.member.MemberId;
import org.filiere.member.application.MemberDirectory;

/**
 * A member's signature of the Charter of Good Practices, for its representative (or staff): the version in force,
 * the member's signatures with their certificate codes, signing the version in force through a named signatory, and
 * withdrawing the signature.
 */
@Path("member/{siren}/charter")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SignaturePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    @Inject
    Page page;

    @Inject
    MemberDirectory members;

    @Inject
    CharterService charter;

    @GET
    public Response signature(@PathParam("siren") String siren, @QueryParam("signed") String signedCode) {
        Actor actor = page.requireActor();
        MemberId id = MemberId.of(siren);
        List<Signature> signatures = charter.signaturesOf(actor, id);
        Optional<CharterVersion> current = charter.current();
        int currentNumber = current.map(CharterVersion::number).orElse(0);
        Map<String, Object> model = new HashMap<>();
        model.put("siren", id.value());
        model.put("memberName", members.member(id).map(m -> m.name()).orElse(id.value()));
        current.ifPresent(v -> model.put("current", Map.of("number", v.number(), "title", v.title(),
                "text", v.text(), "effectiveFrom", DAY.format(v.effectiveFrom()))));
        model.put("signedCurrent", signatures.stream()
                .anyMatch(s -> s.charterVersion() == currentNumber && !s.isRevoked()));
        model.put("signatures", signatures.stream().map(SignaturePages::row).toList());
        if (signedCode != null && !signedCode.isBlank()) {
            model.put("newCertificate", CertificateCode.parse(signedCode).formatted());
        }
        model.put("signatory", actor.name());
        return page.ok("signature", model);
    }

    @POST
    @Path("sign")
    @Transactional
    public Response sign(@PathParam("siren") String siren, @FormParam("formToken") String formToken,
            @FormParam("signatory") String signatory, @FormParam("role") String role) {
        page.checkFormToken(formToken);
        MemberId id = MemberId.of(siren);
        CertificateCode code = charter.sign(page.requireActor(), id, MemberPages.required("signatory", signatory)
                .strip(), MemberPages.required("role", role).strip());
        return Response.seeOther(URI.create("/member/" + id.value() + "/charter?signed="
                + URLEncoder.encode(code.formatted(), StandardCharsets.UTF_8)))
                .build();
    }

    @POST
    @Path("revoke")
    @Transactional
    public Response revoke(@PathParam("siren") String siren, @FormParam("formToken") String formToken,
            @FormParam("reason") String reason) {
        page.checkFormToken(formToken);
        MemberId id = MemberId.of(siren);
        charter.revokeCurrent(page.requireActor(), id, MemberPages.required("reason", reason).strip());
        return Response.seeOther(URI.create("/member/" + id.value() + "/charter")).build();
    }

    private static Map<String, Object> row(Signature s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("version", s.charterVersion());
        row.put("signatory", s.signatory());
        row.put("role", s.signatoryRole());
        row.put("signedAt", DAY.format(s.signedAt().atZone(ZoneId.of("Europe/Paris"))));
        row.put("certificate", s.certificate().formatted());
        row.put("revoked", s.isRevoked());
        row.put("revocation", s.revocation().map(r -> "withdrawn on " + DAY.format(r.at().atZone(ZoneId.of(
                "Europe/Paris"))) + " by " + r.by() + ": " + r.reason()).orElse(""));
        return row;
    }
}

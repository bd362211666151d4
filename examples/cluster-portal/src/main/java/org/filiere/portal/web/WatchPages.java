package org.filiere.portal.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.filiere.access.Actor;
import org.filiere.member.MemberId;
import org.filiere.member.application.MemberDirectory;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestEntry;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.WatchCommands.SetWatchProfile;
import org.filiere.watch.application.WatchProfileService;

/**
 * A member's market watch, for its representative (or staff): the watch profile (keywords, phrases, excluded words,
 * CPV codes, places, value range, the digests' recipients), its editing through the library's watch profile service,
 * and the digests of the last weeks.
 */
@Path("member/{siren}/watch")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class WatchPages {

    /** How many weeks of digests the page shows, this week included. */
    static final int RECENT_WEEKS = 8;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm",
            Locale.FRANCE);

    @Inject
    Page page;

    @Inject
    MemberDirectory members;

    @Inject
    WatchProfileService profiles;

    @Inject
    DigestService digests;

    @Inject
    Clock clock;

    @GET
    public Response watch(@PathParam("siren") String siren) {
        page.requireActor();
        MemberId id = MemberId.of(siren);
        Optional<WatchProfile> profile = profiles.profile(id);
        List<Map<String, Object>> recent = new ArrayList<>();
        WatchWeek week = WatchWeek.of(LocalDate.now(clock));
        for (int i = 0; i < RECENT_WEEKS; i++, week = week.previous()) {
            for (Digest d : digests.digests(id, week)) {
                recent.add(digest(d));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("siren", id.value());
        model.put("memberName", members.member(id).map(m -> m.name()).orElse(id.value()));
        model.put("hasProfile", profile.isPresent());
        model.put("profile", profile.map(WatchPages::profile).orElseGet(WatchPages::emptyProfile));
        model.put("digests", recent);
        model.put("weeks", RECENT_WEEKS);
        return page.ok("watch", model);
    }

    @POST
    @Transactional
    public Response save(@PathParam("siren") String siren, @FormParam("formToken") String formToken,
            @FormParam("keywords") String keywords, @FormParam("phrases") String phrases,
            @FormParam("excludedWords") String excludedWords, @FormParam("cpvCodes") String cpvCodes,
            @FormParam("departments") String departments, @FormParam("regions") String regions,
            @FormParam("minValue") String minValue, @FormParam("maxValue") String maxValue,
            @FormParam("recipients") String recipients, @FormParam("active") String active) {
        page.checkFormToken(formToken);
        Actor actor = page.requireActor();
        MemberId id = MemberId.of(siren);
        profiles.setProfile(new SetWatchProfile(actor, id, list(keywords, "[,;\\n]"), list(phrases, "\\n"),
                list(excludedWords, "[,;\\n]"), list(cpvCodes, "[,;\\s]"), list(departments, "[,;\\s]"),
                list(regions, "[,;\\n]"), amount("minValue", minValue), amount("maxValue", maxValue),
                list(recipients, "[,;\\s]"), active != null));
        return Response.seeOther(URI.create("/member/" + id.value() + "/watch?saved")).build();
    }

    static List<String> list(String text, String separators) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Optional<BigDecimal> amount(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.strip().replace(" ", "").replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form's field '" + field + "' is not an amount in euros: \""
                    + text.strip() + "\"");
        }
    }

    private static Map<String, Object> profile(WatchProfile p) {
        WatchCriteria c = p.criteria();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("keywords", String.join(", ", c.keywords()));
        row.put("phrases", String.join("\n", c.phrases()));
        row.put("excludedWords", String.join(", ", c.excludedWords()));
        row.put("cpvCodes", String.join(", ", c.cpvCodes().stream().map(code -> code.significantDigits()).toList()));
        row.put("departments", String.join(", ", c.departments().stream().map(d -> d.code()).sorted().toList()));
        row.put("regions", String.join(", ", c.regions().stream().map(r -> r.label()).sorted().toList()));
        row.put("minValue", c.minValue().map(WatchPages::plain).orElse(""));
        row.put("maxValue", c.maxValue().map(WatchPages::plain).orElse(""));
        row.put("recipients", String.join(", ", p.recipients()));
        row.put("active", p.isActive());
        return row;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> emptyProfile() {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String field : List.of("keywords", "phrases", "excludedWords", "cpvCodes", "departments", "regions",
                "minValue", "maxValue", "recipients")) {
            row.put(field, "");
        }
        row.put("active", true);
        return row;
    }

    private static Map<String, Object> digest(Digest d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("week", d.week().toString());
        row.put("composedAt", DAY_TIME.format(d.composedAt().atZone(PARIS)));
        row.put("sentAt", d.sentAt().map(t -> DAY_TIME.format(t.atZone(PARIS))).orElse(""));
        row.put("recipients", String.join(", ", d.recipients()));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (DigestEntry e : d.entries()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", e.title());
            entry.put("buyer", e.buyer());
            entry.put("place", e.place().toString());
            entry.put("value", e.value().map(Object::toString).orElse(""));
            entry.put("deadline", e.deadline().map(t -> DAY_TIME.format(t.atZone(PARIS))).orElse(""));
            entry.put("url", e.url().map(URI::toString).orElse(""));
            entry.put("reasons", String.join(", ", e.reasons().stream().map(Object::toString).toList()));
            entries.add(entry);
        }
        row.put("entries", entries);
        return row;
    }
}

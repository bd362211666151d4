package org.filiere.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.filiere.member.NafCode;
import org.filiere.member.SectorFamilies;
import org.filiere.member.SectorFamily;
import org.filiere.report.Unit;

/**
 * The activity report's figures the way a developer would write them by hand: plain JDBC, one SQL query per figure
 * (a table's rows in one GROUP BY), prepared statements on one connection. Figures are keyed
 * {@code <figure key>@<year>}; table rows {@code <table key>.<row>@<year>}, zero rows left out.
 */
final class ReportBaseline {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String MEMBER = "('ADMITTED', 'ACTIVE')";
    private static final String SME_BANDS = "('00', '01', '02', '03', '11', '12', '21', '22', '31')";

    private final Connection c;
    private final SectorFamilies families = SectorFamilies.shipped();

    ReportBaseline(Connection c) {
        this.c = c;
    }

    /** Every figure of the year and of the year before. */
    Map<String, BigDecimal> figures(int year) throws SQLException {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        all.putAll(year(year));
        all.putAll(year(year - 1));
        c.rollback();
        return all;
    }

    private Map<String, BigDecimal> year(int y) throws SQLException {
        Map<String, BigDecimal> f = new HashMap<>();
        Date first = Date.valueOf(LocalDate.of(y, 1, 1));
        Date next = Date.valueOf(LocalDate.of(y + 1, 1, 1));
        Date last = Date.valueOf(LocalDate.of(y, 12, 31));
        Timestamp start = Timestamp.valueOf(LocalDate.of(y, 1, 1).atStartOfDay());
        Timestamp end = Timestamp.valueOf(LocalDate.of(y + 1, 1, 1).atStartOfDay());
        Timestamp startInstant = Timestamp.from(LocalDate.of(y, 1, 1).atStartOfDay(PARIS).toInstant());
        Timestamp endInstant = Timestamp.from(LocalDate.of(y + 1, 1, 1).atStartOfDay(PARIS).toInstant());

        long active = count("SELECT COUNT(*) FROM membership WHERE membership_year = ? AND status IN " + MEMBER, y);
        put(f, y, "members.active", active);
        long paid = count("SELECT COUNT(*) FROM membership WHERE membership_year = ? AND status = 'ACTIVE'", y);
        put(f, y, "members.paid", paid);
        put(f, y, "members.lapses", count("SELECT COUNT(*) FROM membership WHERE membership_year = ?"
                + " AND status = 'LAPSED'", y));
        put(f, y, "members.resignations", count("SELECT COUNT(*) FROM membership WHERE membership_year = ?"
                + " AND status = 'RESIGNED'", y));
        put(f, y, "members.joins", count("SELECT COUNT(*) FROM membership ms LEFT JOIN membership p"
                + " ON p.siren = ms.siren AND p.membership_year = ? AND p.status IN " + MEMBER
                + " WHERE ms.membership_year = ? AND ms.status IN " + MEMBER + " AND p.siren IS NULL", y - 1, y));
        BigDecimal[] twoYears = row("SELECT SUM(CASE WHEN membership_year = ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN membership_year = ? THEN 1 ELSE 0 END) FROM membership"
                + " WHERE membership_year IN (?, ?) AND status IN " + MEMBER, y, y - 1, y, y - 1);
        put(f, y, "members.growth", Unit.percent(twoYears[0].subtract(twoYears[1]), twoYears[1]));
        BigDecimal[] smes = row("SELECT SUM(CASE WHEN m.size_band IN " + SME_BANDS + " THEN 1 ELSE 0 END), COUNT(*)"
                + " FROM member m JOIN membership ms ON ms.siren = m.siren WHERE ms.membership_year = ?"
                + " AND ms.status IN " + MEMBER, y);
        put(f, y, "members.sme_share", Unit.percent(smes[0], smes[1]));
        Map<String, Long> bySector = bySector(y);
        long inTargets = bySector.entrySet().stream().filter(e -> !e.getKey().equals(SectorFamily.OTHER.key()))
                .mapToLong(Map.Entry::getValue).sum();
        put(f, y, "members.target_sector_share", Unit.percent(inTargets, active));
        bySector(y).forEach((family, n) -> tableRow(f, y, "members.by_sector." + family, BigDecimal.valueOf(n)));
        group(f, y, "members.by_size", "SELECT m.size_band, COUNT(*) FROM member m JOIN membership ms"
                + " ON ms.siren = m.siren WHERE ms.membership_year = ? AND ms.status IN " + MEMBER
                + " GROUP BY m.size_band", y);
        group(f, y, "members.by_department", "SELECT m.department, COUNT(*) FROM member m JOIN membership ms"
                + " ON ms.siren = m.siren WHERE ms.membership_year = ? AND ms.status IN " + MEMBER
                + " GROUP BY m.department", y);
        group(f, y, "members.by_commune", "SELECT m.insee_code, COUNT(*) FROM member m JOIN membership ms"
                + " ON ms.siren = m.siren WHERE ms.membership_year = ? AND ms.status IN " + MEMBER
                + " GROUP BY m.insee_code", y);

        String signed = "SELECT COUNT(*), COUNT(s.siren) FROM membership ms LEFT JOIN (SELECT DISTINCT siren"
                + " FROM charter_signature WHERE charter_version = (SELECT MAX(number) FROM charter_version"
                + " WHERE effective_from <= ?) AND signed_at < ? AND (revoked_at IS NULL OR revoked_at >= ?)) s"
                + " ON s.siren = ms.siren WHERE ms.membership_year = ? AND ms.status = 'ACTIVE'";
        put(f, y, "charter.signatories", row(signed, last, endInstant, endInstant, y)[1]);
        BigDecimal[] rate = row(signed, last, endInstant, endInstant, y);
        put(f, y, "charter.signature_rate", Unit.percent(rate[1], rate[0]));
        String ofMembers = " FROM contribution c WHERE c.contribution_year = ? AND EXISTS (SELECT 1 FROM membership ms"
                + " WHERE ms.siren = c.siren AND ms.membership_year = ? AND ms.status IN " + MEMBER + ")";
        BigDecimal days = row("SELECT SUM(c.days)" + ofMembers, y, y)[0];
        put(f, y, "contributions.days", days);
        put(f, y, "contributions.contributors", row("SELECT COUNT(DISTINCT c.siren)" + ofMembers, y, y)[0]);
        put(f, y, "contributions.days_per_member", Unit.DAYS.average(row("SELECT SUM(c.days)" + ofMembers, y, y)[0],
                count("SELECT COUNT(*) FROM membership WHERE membership_year = ? AND status IN " + MEMBER, y)));
        group(f, y, "contributions.by_kind", "SELECT c.kind, SUM(c.days)" + ofMembers + " GROUP BY c.kind", y, y);

        String held = " s.status = 'HELD' AND s.starts_at >= ? AND s.starts_at < ?";
        String registrations = " FROM training_registration r JOIN training_session s ON s.id = r.session_id WHERE";
        put(f, y, "training.sessions_held", row("SELECT COUNT(*) FROM training_session s WHERE" + held, start, end)[0]);
        BigDecimal seats = row("SELECT SUM(s.capacity) FROM training_session s WHERE" + held, start, end)[0];
        put(f, y, "training.seats", seats);
        BigDecimal confirmed = row("SELECT COUNT(*)" + registrations + " r.status = 'CONFIRMED' AND" + held,
                start, end)[0];
        put(f, y, "training.confirmed", confirmed);
        BigDecimal present = row("SELECT COUNT(*)" + registrations + " r.attendance = 'PRESENT' AND" + held,
                start, end)[0];
        put(f, y, "training.attendances", present);
        put(f, y, "training.trainees", row("SELECT COUNT(DISTINCT LOWER(r.email))" + registrations
                + " r.attendance = 'PRESENT' AND" + held, start, end)[0]);
        put(f, y, "training.trainee_hours", row("SELECT SUM(c.duration_hours) FROM training_registration r"
                + " JOIN training_session s ON s.id = r.session_id JOIN training_course c ON c.id = s.course_id"
                + " WHERE r.attendance = 'PRESENT' AND" + held, start, end)[0]);
        put(f, y, "training.fill_rate", Unit.percent(confirmed, seats));
        put(f, y, "training.attendance_rate", Unit.percent(present, confirmed));
        BigDecimal[] scores = row("SELECT SUM(r.satisfaction_score), COUNT(r.satisfaction_score)" + registrations
                + " r.attendance = 'PRESENT' AND" + held, start, end);
        put(f, y, "training.satisfaction", Unit.SCORE.average(scores[0], scores[1].longValue()));
        put(f, y, "training.satisfaction_answers", scores[1]);

        String heldEvent = " e.status = 'HELD' AND e.event_year = ?";
        String eventRegistrations = " FROM event_registration r JOIN cluster_event e ON e.id = r.event_id"
                + " WHERE r.status = 'CONFIRMED' AND";
        put(f, y, "events.held", row("SELECT COUNT(*) FROM cluster_event e WHERE" + heldEvent, y)[0]);
        put(f, y, "events.thematic_meetings", row("SELECT COUNT(*) FROM cluster_event e WHERE"
                + " e.kind = 'THEMATIC_MEETING' AND" + heldEvent, y)[0]);
        put(f, y, "events.speed_meetings", row("SELECT COUNT(*) FROM cluster_event e WHERE"
                + " e.kind = 'SPEED_MEETING' AND" + heldEvent, y)[0]);
        BigDecimal registrants = row("SELECT COUNT(*)" + eventRegistrations + heldEvent, y)[0];
        BigDecimal memberRegistrants = row("SELECT COUNT(*)" + eventRegistrations + " r.member_rate = TRUE AND"
                + heldEvent, y)[0];
        put(f, y, "events.registrants", registrants);
        put(f, y, "events.member_registrants", memberRegistrants);
        put(f, y, "events.non_member_registrants", row("SELECT COUNT(*)" + eventRegistrations
                + " r.member_rate = FALSE AND" + heldEvent, y)[0]);
        put(f, y, "events.member_share", Unit.percent(memberRegistrants, registrants));
        put(f, y, "events.attendance_rate", Unit.percent(row("SELECT COUNT(*)" + eventRegistrations
                + " r.attendance = 'PRESENT' AND" + heldEvent, y)[0], registrants));
        BigDecimal[] feedback = row("SELECT SUM(r.feedback_score), COUNT(r.feedback_score)" + eventRegistrations
                + heldEvent, y);
        put(f, y, "events.satisfaction", Unit.SCORE.average(feedback[0], feedback[1].longValue()));
        put(f, y, "events.satisfaction_answers", feedback[1]);
        put(f, y, "events.speed_participants", row("SELECT COUNT(*) FROM speed_participant p JOIN cluster_event e"
                + " ON e.id = p.event_id WHERE p.left_at IS NULL AND" + heldEvent, y)[0]);
        put(f, y, "events.speed_meetings_held", row("SELECT COUNT(*) FROM speed_request q JOIN cluster_event e"
                + " ON e.id = q.event_id WHERE q.status = 'ACCEPTED' AND q.round_no IS NOT NULL AND" + heldEvent,
                y)[0]);

        String submitted = " FROM project WHERE submitted_on >= ? AND submitted_on < ?";
        put(f, y, "projects.proposals", row("SELECT COUNT(*)" + submitted, first, next)[0]);
        put(f, y, "projects.proposals_budget", row("SELECT SUM(budget)" + submitted, first, next)[0]);
        put(f, y, "projects.proposals_support", row("SELECT SUM(requested_support)" + submitted, first, next)[0]);
        String labelled = " FROM project WHERE labelled_on >= ? AND labelled_on < ?";
        put(f, y, "projects.labelled", row("SELECT COUNT(*)" + labelled, first, next)[0]);
        put(f, y, "projects.labelled_budget", row("SELECT SUM(budget)" + labelled, first, next)[0]);
        put(f, y, "projects.labelled_support", row("SELECT SUM(requested_support)" + labelled, first, next)[0]);
        put(f, y, "projects.rejected", row("SELECT COUNT(DISTINCT project_id) FROM committee_decision"
                + " WHERE outcome = 'REJECTED' AND decided_on >= ? AND decided_on < ?", first, next)[0]);
        put(f, y, "projects.experimentation", row("SELECT COUNT(*) FROM project WHERE labelled_on IS NOT NULL"
                + " AND experimentation_from >= ? AND experimentation_from < ?", first, next)[0]);
        put(f, y, "projects.prototyping", row("SELECT COUNT(*) FROM project WHERE labelled_on IS NOT NULL"
                + " AND prototyping_from >= ? AND prototyping_from < ?", first, next)[0]);
        put(f, y, "projects.completed", row("SELECT COUNT(*) FROM project WHERE labelled_on IS NOT NULL"
                + " AND project_state = 'COMPLETED' AND closed_on >= ? AND closed_on < ?", first, next)[0]);

        put(f, y, "programmes.running", row("SELECT COUNT(*) FROM partner_programme WHERE starts_on < ?"
                + " AND ends_on >= ?", next, first)[0]);
        put(f, y, "programmes.places", row("SELECT SUM(places) FROM partner_programme WHERE starts_on < ?"
                + " AND ends_on >= ?", next, first)[0]);
        String applied = "SELECT COUNT(*) FROM enrollment WHERE applied_on >= ? AND applied_on < ?";
        put(f, y, "programmes.applications", row(applied, first, next)[0]);
        put(f, y, "programmes.accepted", row(applied + " AND status = 'ACCEPTED'", first, next)[0]);
        put(f, y, "programmes.completed", row(applied + " AND status = 'COMPLETED'", first, next)[0]);
        put(f, y, "programmes.refused", row(applied + " AND status = 'REFUSED'", first, next)[0]);
        put(f, y, "programmes.pending", row(applied + " AND status = 'APPLIED'", first, next)[0]);
        put(f, y, "cooperation.agreements_in_force", row("SELECT COUNT(*) FROM cooperation_agreement"
                + " WHERE signed_on < ? AND starts_on < ? AND (ends_on IS NULL OR ends_on >= ?)"
                + " AND (terminated_on IS NULL OR terminated_on >= ?)", next, next, first, first)[0]);
        put(f, y, "cooperation.agreements_signed", row("SELECT COUNT(*) FROM cooperation_agreement"
                + " WHERE signed_on >= ? AND signed_on < ?", first, next)[0]);

        put(f, y, "watch.tenders_received", row("SELECT COUNT(*) FROM tender WHERE received_at >= ?"
                + " AND received_at < ?", startInstant, endInstant)[0]);
        put(f, y, "watch.tenders_relayed", row("SELECT COUNT(*) FROM (SELECT DISTINCT e.tender_source,"
                + " e.tender_reference FROM digest_entry e JOIN digest d ON d.id = e.digest_id WHERE d.sent_at >= ?"
                + " AND d.sent_at < ?) t", startInstant, endInstant)[0]);
        put(f, y, "watch.digests_sent", row("SELECT COUNT(*) FROM digest WHERE sent_at >= ? AND sent_at < ?",
                startInstant, endInstant)[0]);
        put(f, y, "watch.members_reached", row("SELECT COUNT(DISTINCT siren) FROM digest WHERE sent_at >= ?"
                + " AND sent_at < ?", startInstant, endInstant)[0]);

        BigDecimal dues = row("SELECT SUM(dues) FROM membership WHERE membership_year = ? AND paid_on IS NOT NULL",
                y)[0];
        put(f, y, "funding.dues_income", dues);
        BigDecimal lines = row("SELECT SUM(amount) FROM income_line WHERE income_year = ?", y)[0];
        BigDecimal income = lines.add(dues);
        put(f, y, "funding.income_total", income);
        BigDecimal subsidies = row("SELECT SUM(amount) FROM income_line WHERE income_year = ?"
                + " AND source = 'PUBLIC_SUBSIDY'", y)[0];
        put(f, y, "funding.public_share", Unit.percent(subsidies, income));
        BigDecimal spent = row("SELECT SUM(amount) FROM expense_line WHERE expense_year = ?", y)[0];
        put(f, y, "funding.expenses_total", spent);
        put(f, y, "funding.balance", income.subtract(spent));
        group(f, y, "funding.income_by_source", "SELECT source, SUM(amount) FROM income_line WHERE income_year = ?"
                + " GROUP BY source", y);
        tableRow(f, y, "funding.income_by_source.DUES", dues);
        group(f, y, "funding.income_by_funder", "SELECT funder, SUM(amount) FROM income_line WHERE income_year = ?"
                + " GROUP BY funder", y);
        group(f, y, "funding.expenses_by_activity", "SELECT activity, SUM(amount) FROM expense_line"
                + " WHERE expense_year = ? GROUP BY activity", y);
        return f;
    }

    private Map<String, Long> bySector(int y) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.naf_code, COUNT(*) FROM member m JOIN membership ms"
                + " ON ms.siren = m.siren WHERE ms.membership_year = ? AND ms.status IN " + MEMBER
                + " GROUP BY m.naf_code")) {
            s.setInt(1, y);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.merge(families.familyOf(new NafCode(rs.getString(1))).key(), rs.getLong(2), Long::sum);
                }
            }
        }
        return counts;
    }

    private void group(Map<String, BigDecimal> f, int y, String table, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = prepare(sql, parameters); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tableRow(f, y, table + "." + rs.getString(1).strip(), rs.getBigDecimal(2));
            }
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return row(sql, parameters)[0].longValueExact();
    }

    private BigDecimal[] row(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(sql, parameters); ResultSet rs = s.executeQuery()) {
            rs.next();
            BigDecimal[] values = new BigDecimal[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                BigDecimal v = rs.getBigDecimal(i + 1);
                values[i] = v == null ? BigDecimal.ZERO : v;
            }
            return values;
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    private static void put(Map<String, BigDecimal> f, int y, String key, long value) {
        f.put(key + "@" + y, BigDecimal.valueOf(value));
    }

    private static void put(Map<String, BigDecimal> f, int y, String key, BigDecimal value) {
        f.put(key + "@" + y, value);
    }

    private static void put(Map<String, BigDecimal> f, int y, String key, Optional<BigDecimal> value) {
        value.ifPresent(v -> f.put(key + "@" + y, v));
    }

    private static void tableRow(Map<String, BigDecimal> f, int y, String key, BigDecimal value) {
        if (value.signum() != 0) {
            f.put(key + "@" + y, value);
        }
    }
}

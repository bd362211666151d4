package org.filiere.benchmarks;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A generated association for the activity report benchmark, written with plain JDBC batches: 100,000 members over
 * five years of memberships, their charter signatures, 1,000,000 contribution records, 2,000 training sessions with
 * 50,000 registrations, 5,000 projects with the committee's decisions, partner programmes, tenders and digests, and
 * the money lines. The same seed gives the same association.
 */
final class ReportAssociation {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;
    static final int MEMBERS = 100_000;
    static final int CONTRIBUTIONS = 1_000_000;
    static final int SESSIONS = 2_000;
    static final int REGISTRATIONS_PER_SESSION = 25;
    static final int PROJECTS = 5_000;

    private static final int BATCH = 1_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String[] NAF = {"58.29C", "58.29A", "58.21Z", "62.01Z", "62.02A", "62.02B", "62.03Z",
        "62.09Z", "63.11Z", "63.12Z", "61.10Z", "61.90Z", "59.11B", "63.91Z", "73.11Z", "74.10Z", "26.11Z", "26.51B",
        "33.20C", "71.12B", "72.19Z", "85.59A", "70.22Z", "69.20Z", "47.11F", "10.71C", "43.21A", "49.41A"};
    private static final String[] BANDS = {"00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42"};
    private static final int[] BAND_WEIGHTS = {6, 14, 16, 14, 16, 14, 8, 5, 2, 2, 2, 1};
    private static final String[] DEPARTMENTS = {"38", "73", "74", "69", "26", "01", "42", "07"};
    private static final String[] STATUSES = {"ACTIVE", "ADMITTED", "LAPSED", "RESIGNED"};
    private static final String[] KINDS = {"COMMITTEE_SEAT", "WORKING_GROUP", "TRAINING_SPEAKER", "EVENT_HOST",
        "EVENT_SPEAKER", "MENTORING", "OTHER"};
    private static final String[] SOURCES = {"PUBLIC_SUBSIDY", "PAID_SERVICES", "SPONSORSHIP"};
    private static final String[] ACTIVITIES = {"TRAINING", "EVENTS", "PROJECTS", "WATCH", "STAFF", "OVERHEADS"};

    private final Random random = new Random(38_185L);
    private final List<String> sirens = new ArrayList<>(MEMBERS);
    private final List<int[]> memberYears = new ArrayList<>(MEMBERS);
    /** Statements with rows waiting, in the order they were first used: parents before their children. */
    private final java.util.Map<PreparedStatement, int[]> pending = new java.util.LinkedHashMap<>();
    private long rows;

    /** Writes the association into the database (its schema made by the library's migrations) and commits. */
    long writeInto(Connection c, PrintStream out) throws SQLException {
        members(c);
        out.printf("  members and memberships: %,d rows%n", rows);
        charter(c);
        contributions(c);
        out.printf("  with signatures and contributions: %,d rows%n", rows);
        training(c);
        projects(c);
        programmes(c);
        watch(c);
        money(c);
        c.commit();
        return rows;
    }

    private void members(Connection c) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("INSERT INTO member (siren, name, naf_code, street, postcode,"
                + " commune, insee_code, department, size_band, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement ms = c.prepareStatement("INSERT INTO membership (siren, membership_year, status,"
                        + " dues, paid_on) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < MEMBERS; i++) {
                String siren = String.format("%09d", 100_000_000 + i);
                sirens.add(siren);
                String department = DEPARTMENTS[Math.min(DEPARTMENTS.length - 1, (int) Math.abs(random.nextGaussian()
                        * 2.2))];
                int commune = random.nextInt(60);
                String insee = department + String.format("%03d", 1 + commune * 7);
                m.setString(1, siren);
                m.setString(2, "Entreprise " + i);
                m.setString(3, NAF[random.nextInt(NAF.length)]);
                m.setString(4, (1 + random.nextInt(90)) + " rue de l'Industrie");
                m.setString(5, department + "000");
                m.setString(6, "Commune " + insee);
                m.setString(7, insee);
                m.setString(8, department);
                m.setString(9, BANDS[weighted(BAND_WEIGHTS)]);
                batch(m);
                int first = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
                int last = first;
                BigDecimal dues = BigDecimal.valueOf(150 + 50L * random.nextInt(20)).setScale(2, RoundingMode.UNNECESSARY);
                for (int year = first; year <= LAST_YEAR; year++) {
                    String status = year == LAST_YEAR && random.nextInt(100) < 8 ? STATUSES[1]
                            : random.nextInt(100) < 88 ? STATUSES[0] : STATUSES[2 + random.nextInt(2)];
                    ms.setString(1, siren);
                    ms.setInt(2, year);
                    ms.setString(3, status);
                    ms.setBigDecimal(4, dues);
                    if (status.equals("ACTIVE") || (status.equals("RESIGNED") && random.nextBoolean())) {
                        ms.setDate(5, Date.valueOf(LocalDate.of(year, 1, 10).plusDays(random.nextInt(80))));
                    } else {
                        ms.setNull(5, java.sql.Types.DATE);
                    }
                    batch(ms);
                    last = year;
                    if (!status.equals("ACTIVE") && !status.equals("ADMITTED")) {
                        break;
                    }
                }
                memberYears.add(new int[] {first, last});
            }
            flush(m);
            flush(ms);
        }
    }

    private void charter(Connection c) throws SQLException {
        try (PreparedStatement v = c.prepareStatement("INSERT INTO charter_version (number, title, body,"
                + " effective_from, published_at, published_by) VALUES (?, ?, ?, ?, ?, 'Direction')")) {
            for (int n = 1; n <= 2; n++) {
                v.setInt(1, n);
                v.setString(2, "Charte v" + n);
                v.setString(3, "Texte de la charte, version " + n);
                v.setDate(4, Date.valueOf(LocalDate.of(n == 1 ? FIRST_YEAR : 2024, 1, 1)));
                v.setTimestamp(5, Timestamp.valueOf(LocalDateTime.of(n == 1 ? FIRST_YEAR - 1 : 2023, 12, 1, 10, 0)));
                v.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO charter_signature (id, siren, charter_version,"
                + " signatory, signed_at, certificate_code, revoked_at, version) VALUES (?, ?, ?, 'Dirigeant', ?, ?, ?,"
                + " 0)")) {
            int code = 0;
            for (int i = 0; i < MEMBERS; i++) {
                int[] years = memberYears.get(i);
                for (int version = 1; version <= 2; version++) {
                    int from = Math.max(years[0], version == 1 ? FIRST_YEAR : 2024);
                    int to = version == 1 ? Math.min(years[1], 2023) : years[1];
                    if (from > to || random.nextInt(100) >= 80) {
                        continue;
                    }
                    s.setString(1, UUID.randomUUID().toString());
                    s.setString(2, sirens.get(i));
                    s.setInt(3, version);
                    s.setTimestamp(4, instant(LocalDate.of(from, 1, 1).plusDays(random.nextInt(360)), 10));
                    s.setString(5, String.format("S%08d", ++code));
                    if (random.nextInt(100) < 5) {
                        s.setTimestamp(6, instant(LocalDate.of(to, 6, 1).plusDays(random.nextInt(300)), 15));
                    } else {
                        s.setNull(6, java.sql.Types.TIMESTAMP);
                    }
                    batch(s);
                }
            }
            flush(s);
        }
    }

    private void contributions(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO contribution (id, siren, work_day,"
                + " contribution_year, kind, days, description) VALUES (?, ?, ?, ?, ?, ?, 'Travail pour le cluster')")) {
            for (int i = 0; i < CONTRIBUTIONS; i++) {
                int member = random.nextInt(MEMBERS);
                int[] years = memberYears.get(member);
                int year = years[0] + random.nextInt(years[1] - years[0] + 1);
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, sirens.get(member));
                s.setDate(3, Date.valueOf(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365))));
                s.setInt(4, year);
                s.setString(5, KINDS[random.nextInt(KINDS.length)]);
                s.setBigDecimal(6, BigDecimal.valueOf(1 + random.nextInt(6), 1).multiply(BigDecimal.valueOf(5)));
                batch(s);
            }
            flush(s);
        }
    }

    private void training(Connection c) throws SQLException {
        try (PreparedStatement course = c.prepareStatement("INSERT INTO training_course (id, title, duration_hours,"
                + " provider_name, version) VALUES (?, ?, ?, 'Organisme', 0)")) {
            for (int i = 0; i < 100; i++) {
                course.setString(1, "course-" + i);
                course.setString(2, "Formation " + i);
                course.setBigDecimal(3, BigDecimal.valueOf(7 * (1 + i % 4), 0).divide(BigDecimal.valueOf(2))
                        .setScale(1, RoundingMode.UNNECESSARY));
                batch(course);
            }
            flush(course);
        }
        try (PreparedStatement session = c.prepareStatement("INSERT INTO training_session (id, course_id, starts_at,"
                + " ends_at, venue_name, venue_commune, capacity, price_members, price_non_members,"
                + " registration_deadline, status, sequence_number, version) VALUES (?, ?, ?, ?, 'Salle', 'Grenoble', ?,"
                + " 300, 450, ?, ?, 0, 0)");
                PreparedStatement registration = c.prepareStatement("INSERT INTO training_registration (id, session_id,"
                        + " arrival, person_name, email, registered_at, price, status, attendance, satisfaction_score)"
                        + " VALUES (?, ?, ?, 'Stagiaire', ?, ?, 300, ?, ?, ?)")) {
            for (int i = 0; i < SESSIONS; i++) {
                String id = "session-" + i;
                int year = FIRST_YEAR + i % (LAST_YEAR - FIRST_YEAR + 1);
                LocalDateTime start = LocalDate.of(year, 1, 5).plusDays(random.nextInt(355)).atTime(9, 0);
                String status = random.nextInt(100) < 85 ? "HELD" : random.nextBoolean() ? "CANCELLED" : "CLOSED";
                int capacity = 20 + random.nextInt(11);
                session.setString(1, id);
                session.setString(2, "course-" + random.nextInt(100));
                session.setTimestamp(3, Timestamp.valueOf(start));
                session.setTimestamp(4, Timestamp.valueOf(start.plusHours(7)));
                session.setInt(5, capacity);
                session.setDate(6, Date.valueOf(start.toLocalDate().minusDays(7)));
                session.setString(7, status);
                batch(session);
                for (int r = 1; r <= REGISTRATIONS_PER_SESSION; r++) {
                    String regStatus = r <= capacity ? (random.nextInt(100) < 92 ? "CONFIRMED" : "CANCELLED")
                            : "WAITLISTED";
                    boolean held = status.equals("HELD") && regStatus.equals("CONFIRMED");
                    String attendance = held ? (random.nextInt(100) < 88 ? "PRESENT" : "ABSENT") : "NOT_RECORDED";
                    registration.setString(1, UUID.randomUUID().toString());
                    registration.setString(2, id);
                    registration.setInt(3, r);
                    registration.setString(4, "personne" + random.nextInt(12_000) + (random.nextBoolean() ? "@Example.fr"
                            : "@example.fr"));
                    registration.setTimestamp(5, Timestamp.valueOf(start.minusDays(20)));
                    registration.setString(6, regStatus);
                    registration.setString(7, attendance);
                    if (attendance.equals("PRESENT") && random.nextInt(100) < 70) {
                        registration.setInt(8, 2 + random.nextInt(4));
                    } else {
                        registration.setNull(8, java.sql.Types.INTEGER);
                    }
                    batch(registration);
                }
            }
            flush(session);
            flush(registration);
        }
    }

    private void projects(Connection c) throws SQLException {
        String[] states = {"SUBMITTED", "UNDER_REVIEW", "LABELLED", "REJECTED", "DEFERRED", "EXPERIMENTATION",
            "PROTOTYPING", "COMPLETED", "ABANDONED", "DRAFT"};
        try (PreparedStatement p = c.prepareStatement("INSERT INTO project (id, holder_siren, title, budget,"
                + " requested_support, project_state, submitted_on, labelled_on, experimentation_from,"
                + " prototyping_from, closed_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement session = c.prepareStatement("INSERT INTO committee_session (id, held_on, place,"
                        + " version) VALUES (?, ?, 'Grenoble', 0)");
                PreparedStatement decision = c.prepareStatement("INSERT INTO committee_decision (id, session_id,"
                        + " project_id, outcome, threshold, tie_rule, tie, scorers, recused, quorum, reasons,"
                        + " decided_on, decided_by) VALUES (?, ?, ?, ?, 3.00, 'DEFER', ?, 5, 0, 5, 'Notes', ?, 'Staff')")) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR + 1; year++) {
                for (int month = 1; month <= 12; month++) {
                    session.setString(1, "committee-" + year + "-" + month);
                    session.setDate(2, Date.valueOf(LocalDate.of(year, month, 15)));
                    batch(session);
                }
            }
            flush(session);
            for (int i = 0; i < PROJECTS; i++) {
                String id = "project-" + i;
                String state = states[random.nextInt(states.length)];
                LocalDate submitted = state.equals("DRAFT") ? null
                        : LocalDate.of(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1), 1, 1)
                                .plusDays(random.nextInt(330));
                boolean labelled = List.of("LABELLED", "EXPERIMENTATION", "PROTOTYPING", "COMPLETED", "ABANDONED")
                        .contains(state);
                LocalDate decided = submitted == null ? null : submitted.withDayOfMonth(15).plusMonths(1);
                LocalDate experimentation = labelled && !state.equals("LABELLED") ? decided.plusMonths(2) : null;
                LocalDate prototyping = experimentation != null && (state.equals("PROTOTYPING")
                        || state.equals("COMPLETED")) ? experimentation.plusMonths(4) : null;
                LocalDate closed = state.equals("COMPLETED") ? prototyping.plusMonths(5)
                        : state.equals("ABANDONED") ? decided.plusMonths(3) : null;
                p.setString(1, id);
                p.setString(2, sirens.get(random.nextInt(MEMBERS)));
                p.setString(3, "Projet " + i);
                p.setBigDecimal(4, BigDecimal.valueOf(20_000 + random.nextInt(400_000), 0).setScale(2,
                        RoundingMode.UNNECESSARY));
                p.setBigDecimal(5, BigDecimal.valueOf(5_000 + random.nextInt(100_000), 0).setScale(2,
                        RoundingMode.UNNECESSARY));
                p.setString(6, state);
                setDate(p, 7, submitted);
                setDate(p, 8, labelled ? decided : null);
                setDate(p, 9, experimentation);
                setDate(p, 10, prototyping);
                setDate(p, 11, closed);
                batch(p);
                if (state.equals("REJECTED") || state.equals("DEFERRED")) {
                    decision.setString(1, UUID.randomUUID().toString());
                    decision.setString(2, "committee-" + decided.getYear() + "-" + decided.getMonthValue());
                    decision.setString(3, id);
                    decision.setString(4, state);
                    decision.setBoolean(5, false);
                    decision.setDate(6, Date.valueOf(decided));
                    batch(decision);
                }
            }
            flush(p);
            flush(decision);
        }
    }

    private void programmes(Connection c) throws SQLException {
        try (PreparedStatement partner = c.prepareStatement("INSERT INTO partner_organisation (id, name, partner_type,"
                + " contact_name, version) VALUES (?, ?, 'CLUSTER', 'Contact', 0)")) {
            for (int i = 0; i < 10; i++) {
                partner.setString(1, "partner-" + i);
                partner.setString(2, "Partenaire " + i);
                batch(partner);
            }
            flush(partner);
        }
        try (PreparedStatement programme = c.prepareStatement("INSERT INTO partner_programme (id, partner_id, title,"
                + " starts_on, ends_on, places, eligibility, version) VALUES (?, ?, ?, ?, ?, ?, 'anyone', 0)");
                PreparedStatement enrollment = c.prepareStatement("INSERT INTO enrollment (id, programme_id, siren,"
                        + " member_name, status, applied_on, decided_on) VALUES (?, ?, ?, 'Adhérent', ?, ?, ?)");
                PreparedStatement agreement = c.prepareStatement("INSERT INTO cooperation_agreement (id, partner_id,"
                        + " subject, starts_on, ends_on, status, signed_on, terminated_on, version)"
                        + " VALUES (?, ?, 'Coopération', ?, ?, ?, ?, ?, 0)")) {
            String[] outcomes = {"APPLIED", "ACCEPTED", "REFUSED", "COMPLETED"};
            for (int i = 0; i < 20; i++) {
                LocalDate start = LocalDate.of(FIRST_YEAR, 3, 1).plusMonths(3L * i);
                programme.setString(1, "programme-" + i);
                programme.setString(2, "partner-" + i % 10);
                programme.setString(3, "Programme " + i);
                programme.setDate(4, Date.valueOf(start));
                programme.setDate(5, Date.valueOf(start.plusMonths(9)));
                programme.setInt(6, 20 + i);
                batch(programme);
                for (int e = 0; e < 100; e++) {
                    LocalDate applied = start.minusDays(60).plusDays(random.nextInt(50));
                    String status = outcomes[random.nextInt(outcomes.length)];
                    enrollment.setString(1, UUID.randomUUID().toString());
                    enrollment.setString(2, "programme-" + i);
                    enrollment.setString(3, sirens.get(i * 1000 + e));
                    enrollment.setString(4, status);
                    enrollment.setDate(5, Date.valueOf(applied));
                    setDate(enrollment, 6, status.equals("APPLIED") ? null : applied.plusDays(10));
                    batch(enrollment);
                }
            }
            for (int i = 0; i < 30; i++) {
                LocalDate start = LocalDate.of(FIRST_YEAR - 1, 1, 1).plusMonths(2L * i);
                String status = i % 7 == 0 ? "DRAFT" : i % 5 == 0 ? "TERMINATED" : "SIGNED";
                agreement.setString(1, "agreement-" + i);
                agreement.setString(2, "partner-" + i % 10);
                agreement.setDate(3, Date.valueOf(start));
                setDate(agreement, 4, i % 3 == 0 ? null : start.plusYears(2));
                agreement.setString(5, status);
                setDate(agreement, 6, status.equals("DRAFT") ? null : start.minusDays(20));
                setDate(agreement, 7, status.equals("TERMINATED") ? start.plusMonths(14) : null);
                batch(agreement);
            }
            flush(programme);
            flush(enrollment);
            flush(agreement);
        }
    }

    private void watch(Connection c) throws SQLException {
        int tenders = 20_000;
        try (PreparedStatement tender = c.prepareStatement("INSERT INTO tender (id, source, reference, title,"
                + " received_at, updated_at, version) VALUES (?, 'boamp', ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < tenders; i++) {
                Timestamp received = instant(LocalDate.of(FIRST_YEAR, 1, 1).plusDays(i * 1826L / tenders), 8);
                tender.setString(1, UUID.randomUUID().toString());
                tender.setString(2, "AO-" + i);
                tender.setString(3, "Marché " + i);
                tender.setTimestamp(4, received);
                tender.setTimestamp(5, received);
                batch(tender);
            }
            flush(tender);
        }
        try (PreparedStatement digest = c.prepareStatement("INSERT INTO digest (id, siren, week_year, week_number,"
                + " recipients, composed_at, sent_at, version) VALUES (?, ?, ?, ?, 'veille@example.fr', ?, ?, 0)");
                PreparedStatement entry = c.prepareStatement("INSERT INTO digest_entry (digest_id, siren,"
                        + " tender_source, tender_reference, title, buyer, reasons) VALUES (?, ?, 'boamp', ?, 'Marché',"
                        + " 'Acheteur', 'cpv')")) {
            for (int i = 0; i < 10_000; i++) {
                int member = i % 2_000;
                int week = i / 2_000;
                int firstTender = (week * 4_000 + member) % (tenders - 5);
                LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(week * 365L + random.nextInt(360));
                String id = UUID.randomUUID().toString();
                digest.setString(1, id);
                digest.setString(2, sirens.get(member));
                digest.setInt(3, day.getYear());
                digest.setInt(4, 1 + day.getDayOfYear() / 7);
                digest.setTimestamp(5, instant(day, 7));
                if (random.nextInt(100) < 95) {
                    digest.setTimestamp(6, instant(day, 8));
                } else {
                    digest.setNull(6, java.sql.Types.TIMESTAMP);
                }
                batch(digest);
                for (int t = 0; t < 5; t++) {
                    entry.setString(1, id);
                    entry.setString(2, sirens.get(member));
                    entry.setString(3, "AO-" + (firstTender + t));
                    batch(entry);
                }
            }
            flush(digest);
            flush(entry);
        }
    }

    private void money(Connection c) throws SQLException {
        try (PreparedStatement income = c.prepareStatement("INSERT INTO income_line (id, income_year, funder,"
                + " agreement, source, amount, version) VALUES (?, ?, ?, 'Convention', ?, ?, 0)");
                PreparedStatement expense = c.prepareStatement("INSERT INTO expense_line (id, expense_year, activity,"
                        + " label, amount, version) VALUES (?, ?, ?, 'Dépense', ?, 0)")) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (int i = 0; i < 30; i++) {
                    income.setString(1, UUID.randomUUID().toString());
                    income.setInt(2, year);
                    income.setString(3, "Financeur " + i % 6);
                    income.setString(4, SOURCES[i % SOURCES.length]);
                    income.setBigDecimal(5, BigDecimal.valueOf(1_000 + random.nextInt(90_000), 0).setScale(2,
                            RoundingMode.UNNECESSARY));
                    batch(income);
                    expense.setString(1, UUID.randomUUID().toString());
                    expense.setInt(2, year);
                    expense.setString(3, ACTIVITIES[i % ACTIVITIES.length]);
                    expense.setBigDecimal(4, BigDecimal.valueOf(1_000 + random.nextInt(80_000), 0).setScale(2,
                            RoundingMode.UNNECESSARY));
                    batch(expense);
                }
            }
            flush(income);
            flush(expense);
        }
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static Timestamp instant(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(PARIS).toInstant());
    }

    private static void setDate(PreparedStatement s, int index, LocalDate day) throws SQLException {
        if (day == null) {
            s.setNull(index, java.sql.Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(day));
        }
    }

    private void batch(PreparedStatement s) throws SQLException {
        s.addBatch();
        rows++;
        if (++pending.computeIfAbsent(s, k -> new int[1])[0] == BATCH) {
            executePending();
        }
    }

    /** Sends every waiting batch, parents first, so that no row arrives before the row it refers to. */
    private void executePending() throws SQLException {
        for (java.util.Map.Entry<PreparedStatement, int[]> p : pending.entrySet()) {
            if (p.getValue()[0] > 0) {
                p.getKey().executeBatch();
                p.getValue()[0] = 0;
            }
        }
    }

    private void flush(PreparedStatement s) throws SQLException {
        executePending();
        pending.remove(s);
    }
}

package org.filiere.persistence.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.filiere.access.Actor;
import org.filiere.charter.application.CharterService;
import org.filiere.funding.ExpenseActivity;
import org.filiere.funding.IncomeSource;
import org.filiere.funding.application.FundingCommands.RecordExpense;
import org.filiere.funding.application.FundingCommands.RecordIncome;
import org.filiere.funding.application.FundingService;
import org.filiere.member.Address;
import org.filiere.member.ContributionKind;
import org.filiere.member.Dues;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;
import org.filiere.member.application.ApplyForMembership;
import org.filiere.member.application.ContributionService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.LapseUnrenewedMembers;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipCommands.RenewMembership;
import org.filiere.member.application.MembershipCommands.ResignMembership;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.wiring.CoreProducers;

/**
 * The small association whose 2025 report (and 2024, the year before) the report tests work out by hand. Members,
 * the charter, contributions and money go through the services; training, events, projects, programmes and the
 * watch are written as rows of their tables, with the dates the figures turn on (the last evening of a year, a
 * revocation after the year's end).
 *
 * <pre>
 * member  NAF     family               commune (dept)    size  dues  2024       2025
 * A       58.29C  software-publishing  Grenoble (38)     11    450   active     active
 * B       62.01Z  it-services          Grenoble (38)     32    1500  active     active
 * C       62.02A  it-services          Meylan (38)       01    150   active     lapsed
 * D       70.22Z  business-services    Lyon (69)         12    700   admitted   resigned
 * E       47.11F  other                Meylan (38)       02    300   -          active (2026 admitted)
 * F       58.29C  software-publishing  Voiron (38)       21    1000  -          admitted
 * </pre>
 */
final class ReportData {

    static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    static final Actor DIRECTOR = Actor.director("helene-faure", "Hélène Faure");

    static final String[] SIRETS = {"30206838200050", "31719324100013", "32228438100017", "32650798500058",
        "32738082000032", "32929695800039"};

    private final FiliereContainer filiere;
    final MemberId a;
    final MemberId b;
    final MemberId c;
    final MemberId d;
    final MemberId e;
    final MemberId f;

    private ReportData(FiliereContainer filiere) {
        this.filiere = filiere;
        MembershipService memberships = filiere.get(MembershipService.class);
        CharterService charter = filiere.get(CharterService.class);
        day(2024, 1, 15);
        a = join(memberships, 0, "Alpes Logiciels", "58.29C", grenoble(), SizeBand.FROM_10_TO_19, "450", 2024, true);
        b = join(memberships, 1, "Dauphiné Data", "62.01Z", grenoble(), SizeBand.FROM_250_TO_499, "1500", 2024, true);
        c = join(memberships, 2, "Vercors Conseil", "62.02A", meylan(), SizeBand.FROM_1_TO_2, "150", 2024, true);
        d = join(memberships, 3, "Rhône Stratégie", "70.22Z", new Address("1 place Bellecour", "69002", "Lyon", "69123"),
                SizeBand.FROM_20_TO_49, "700", 2024, false);
        charter.publish(DIRECTOR, "Charte 2024", "Texte", LocalDate.of(2024, 1, 1));
        day(2024, 3, 1);
        charter.sign(STAFF, a, "Anne Roux", "CEO");
        day(2024, 5, 1);
        charter.sign(STAFF, b, "Bruno Petit", "CEO");
        day(2024, 6, 1);
        charter.sign(STAFF, c, "Chloé Blanc", "CEO");

        day(2025, 1, 10);
        renew(memberships, a, "450", true);
        renew(memberships, b, "1500", true);
        memberships.renew(new RenewMembership(STAFF, d, 2025, Dues.euros("700")));
        memberships.resign(new ResignMembership(STAFF, d, 2025, "Moved away"));
        charter.publish(DIRECTOR, "Charte 2025", "Texte revu", LocalDate.of(2025, 6, 1));
        day(2025, 2, 1);
        charter.revokeCurrent(STAFF, c, "Left the charter's commitments");
        e = join(memberships, 4, "Meylan Primeurs", "47.11F", meylan(), SizeBand.FROM_3_TO_5, "300", 2025, true);
        f = join(memberships, 5, "Voiron Studio", "58.29C", new Address("3 rue Sermorens", "38500", "Voiron", "38563"),
                SizeBand.FROM_50_TO_99, "1000", 2025, false);
        day(2025, 4, 5);
        memberships.lapseUnrenewed(new LapseUnrenewedMembers(STAFF, 2025));
        day(2025, 7, 1);
        charter.sign(STAFF, a, "Anne Roux", "CEO");
        day(2025, 8, 1);
        charter.sign(STAFF, b, "Bruno Petit", "CEO");
        day(2025, 12, 15);
        memberships.renew(new RenewMembership(STAFF, e, 2026, Dues.euros("300")));
        day(2025, 12, 31);
        ReportClock.CLOCK.advance(Duration.ofMinutes(14 * 60 + 30));
        charter.sign(STAFF, e, "Émile Faure", "Gérant");
        day(2026, 1, 2);
        charter.revokeCurrent(STAFF, b, "Signed by mistake");

        ContributionService contributions = filiere.get(ContributionService.class);
        contribute(contributions, a, LocalDate.of(2025, 3, 1), ContributionKind.COMMITTEE_SEAT, "2.0");
        contribute(contributions, a, LocalDate.of(2025, 9, 1), ContributionKind.WORKING_GROUP, "1.5");
        contribute(contributions, b, LocalDate.of(2025, 4, 1), ContributionKind.WORKING_GROUP, "0.5");
        contribute(contributions, c, LocalDate.of(2025, 2, 1), ContributionKind.MENTORING, "3.0");
        contribute(contributions, e, LocalDate.of(2025, 12, 31), ContributionKind.COMMITTEE_SEAT, "1.0");
        contribute(contributions, a, LocalDate.of(2024, 12, 31), ContributionKind.EVENT_HOST, "1.0");
        contribute(contributions, d, LocalDate.of(2024, 5, 5), ContributionKind.TRAINING_SPEAKER, "2.0");

        FundingService funding = filiere.get(FundingService.class);
        income(funding, "Région Auvergne-Rhône-Alpes", IncomeSource.PUBLIC_SUBSIDY, "60000");
        income(funding, "Grenoble-Alpes Métropole", IncomeSource.PUBLIC_SUBSIDY, "20000");
        income(funding, "Fondation Numérique", IncomeSource.SPONSORSHIP, "5000");
        income(funding, "Stagiaires", IncomeSource.PAID_SERVICES, "12000.50");
        funding.recordExpense(new RecordExpense(STAFF, 2025, ExpenseActivity.STAFF, "Salaires", new BigDecimal("70000")));
        funding.recordExpense(new RecordExpense(STAFF, 2025, ExpenseActivity.TRAINING, "Intervenants",
                new BigDecimal("9000")));
        funding.recordExpense(new RecordExpense(STAFF, 2025, ExpenseActivity.OVERHEADS, "Locaux",
                new BigDecimal("11000")));

        try (Connection connection = filiere.get(Storage.class).dataSource().getConnection()) {
            training(connection);
            events(connection);
            projects(connection);
            programmes(connection);
            watch(connection);
            connection.commit();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Writes the association into the container's database. */
    static ReportData writeInto(FiliereContainer filiere) {
        return new ReportData(filiere);
    }

    private static void day(int year, int month, int day) {
        ReportClock.CLOCK.setDay(LocalDate.of(year, month, day));
    }

    private static Address grenoble() {
        return new Address("5 rue Gustave Eiffel", "38000", "Grenoble", "38185");
    }

    private static Address meylan() {
        return new Address("29 chemin du Vieux Chêne", "38240", "Meylan", "38229");
    }

    private static MemberId join(MembershipService memberships, int index, String name, String naf, Address address,
            SizeBand size, String dues, int year, boolean pays) {
        MemberId id = memberships.apply(new ApplyForMembership(STAFF, name, new NafCode(naf), address, size,
                Siret.parse(SIRETS[index]), year, Dues.euros(dues)));
        memberships.admit(new AdmitMember(STAFF, id, year));
        if (pays) {
            memberships.recordDuesPayment(new RecordDuesPayment(STAFF, id, year, LocalDate.of(year, 1, 20)));
        }
        return id;
    }

    private static void renew(MembershipService memberships, MemberId id, String dues, boolean pays) {
        memberships.renew(new RenewMembership(STAFF, id, 2025, Dues.euros(dues)));
        if (pays) {
            memberships.recordDuesPayment(new RecordDuesPayment(STAFF, id, 2025, LocalDate.of(2025, 1, 25)));
        }
    }

    private static void contribute(ContributionService contributions, MemberId id, LocalDate on, ContributionKind kind,
            String days) {
        contributions.record(STAFF, id, on, kind, new BigDecimal(days), kind.label());
    }

    private static void income(FundingService funding, String funder, IncomeSource source, String amount) {
        funding.recordIncome(new RecordIncome(STAFF, 2025, funder, "Convention 2025", source, new BigDecimal(amount)));
    }

    private void training(Connection c) throws SQLException {
        insert(c, "INSERT INTO training_course (id, title, duration_hours, provider_name, version)"
                + " VALUES (?, ?, ?, ?, 0)", "c1", "Cybersécurité", new BigDecimal("7.0"), "Numérique Isère");
        insert(c, "INSERT INTO training_course (id, title, duration_hours, provider_name, version)"
                + " VALUES (?, ?, ?, ?, 0)", "c2", "RGPD", new BigDecimal("3.5"), "Numérique Isère");
        session(c, "s1", "c1", LocalDateTime.of(2025, 3, 10, 9, 0), 10, "HELD");
        session(c, "s2", "c2", LocalDateTime.of(2025, 12, 31, 23, 30), 5, "HELD");
        session(c, "s3", "c1", LocalDateTime.of(2025, 6, 1, 9, 0), 10, "CANCELLED");
        session(c, "s4", "c2", LocalDateTime.of(2026, 1, 1, 0, 0), 5, "HELD");
        session(c, "s0", "c1", LocalDateTime.of(2024, 10, 1, 9, 0), 8, "HELD");
        registration(c, "s1", 1, "ann@example.fr", "CONFIRMED", "PRESENT", 5);
        registration(c, "s1", 2, "Bob@Example.fr", "CONFIRMED", "PRESENT", 4);
        registration(c, "s1", 3, "cat@example.fr", "CONFIRMED", "ABSENT", null);
        registration(c, "s1", 4, "dan@example.fr", "WAITLISTED", "NOT_RECORDED", null);
        registration(c, "s1", 5, "eve@example.fr", "CANCELLED", "NOT_RECORDED", null);
        registration(c, "s2", 1, "bob@example.fr", "CONFIRMED", "PRESENT", null);
        registration(c, "s2", 2, "fay@example.fr", "CONFIRMED", "PRESENT", 3);
        registration(c, "s4", 1, "gus@example.fr", "CONFIRMED", "PRESENT", 1);
        registration(c, "s0", 1, "ann@example.fr", "CONFIRMED", "PRESENT", 4);
        registration(c, "s0", 2, "hal@example.fr", "CONFIRMED", "ABSENT", null);
    }

    private void session(Connection c, String id, String course, LocalDateTime start, int capacity, String status)
            throws SQLException {
        insert(c, "INSERT INTO training_session (id, course_id, starts_at, ends_at, venue_name, venue_commune, capacity,"
                + " price_members, price_non_members, registration_deadline, status, sequence_number, version)"
                + " VALUES (?, ?, ?, ?, 'Maison du numérique', 'Grenoble', ?, 0, 0, ?, ?, 0, 0)", id, course,
                Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(3)), capacity,
                Date.valueOf(start.toLocalDate().minusDays(7)), status);
    }

    private void registration(Connection c, String session, int arrival, String email, String status, String attendance,
            Integer score) throws SQLException {
        insert(c, "INSERT INTO training_registration (id, session_id, arrival, person_name, email, registered_at, price,"
                + " status, attendance, satisfaction_score) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                UUID.randomUUID().toString(), session, arrival, email, email, Timestamp.valueOf("2024-01-01 10:00:00"),
                status, attendance, score);
    }

    private void events(Connection c) throws SQLException {
        event(c, "e1", "THEMATIC_MEETING", 2025, "HELD");
        event(c, "e2", "SPEED_MEETING", 2025, "HELD");
        event(c, "e3", "OTHER", 2025, "CANCELLED");
        event(c, "e4", "THEMATIC_MEETING", 2024, "HELD");
        event(c, "e5", "THEMATIC_MEETING", 2025, "PUBLISHED");
        eventRegistration(c, "r1", "e1", true, "CONFIRMED", "PRESENT", 5);
        eventRegistration(c, "r2", "e1", false, "CONFIRMED", "PRESENT", 3);
        eventRegistration(c, "r3", "e1", true, "CONFIRMED", "ABSENT", null);
        eventRegistration(c, "r4", "e2", true, "WAITLISTED", "NOT_RECORDED", null);
        eventRegistration(c, "r5", "e1", false, "CANCELLED", "NOT_RECORDED", null);
        eventRegistration(c, "r6", "e2", true, "CONFIRMED", "PRESENT", 4);
        eventRegistration(c, "r7", "e2", false, "CONFIRMED", "PRESENT", null);
        eventRegistration(c, "r8", "e2", false, "CONFIRMED", "PRESENT", 2);
        eventRegistration(c, "r9", "e3", true, "CONFIRMED", "NOT_RECORDED", null);
        eventRegistration(c, "r10", "e4", true, "CONFIRMED", "PRESENT", 4);
        eventRegistration(c, "r11", "e4", false, "CONFIRMED", "ABSENT", null);
        eventRegistration(c, "r12", "e5", true, "CONFIRMED", "NOT_RECORDED", null);
        insert(c, "INSERT INTO speed_meeting (event_id, first_round, rounds, round_minutes, changeover_minutes,"
                + " break_every, break_minutes, tables, opt_out, version) VALUES (?, ?, 6, 7, 1, 3, 10, 4, ?, 0)",
                "e2", paris(2025, 5, 20, 14, 0), false);
        participant(c, "p6", "r6", null);
        participant(c, "p7", "r7", null);
        participant(c, "p8", "r8", null);
        participant(c, "p4", "r4", paris(2025, 5, 19, 9, 0));
        request(c, "q1", "p6", "p7", "ACCEPTED", 1, 1);
        request(c, "q2", "p6", "p8", "ACCEPTED", 2, 1);
        request(c, "q3", "p7", "p8", "DECLINED", null, null);
        request(c, "q4", "p8", "p7", "ACCEPTED", null, null);
        request(c, "q5", "p4", "p6", "WITHDRAWN", null, null);
    }

    private void event(Connection c, String id, String kind, int year, String status) throws SQLException {
        insert(c, "INSERT INTO cluster_event (id, kind, title, venue_name, venue_commune, starts_at, ends_at, event_year,"
                + " capacity, price_members, price_non_members, organiser, status, sequence_number, version)"
                + " VALUES (?, ?, ?, 'Maison du numérique', 'Grenoble', ?, ?, ?, 30, 0, 20, 'Claire Martin', ?, 0, 0)",
                id, kind, "Rencontre " + id, paris(year, 5, 20, 14, 0), paris(year, 5, 20, 17, 0), year, status);
    }

    private void eventRegistration(Connection c, String id, String event, boolean memberRate, String status,
            String attendance, Integer score) throws SQLException {
        insert(c, "INSERT INTO event_registration (id, event_id, arrival, person_name, email, registered_at, price,"
                + " member_rate, status, attendance, feedback_score) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                id, event, Integer.parseInt(id.substring(1)), "Person " + id, id + "@example.fr",
                Timestamp.valueOf("2024-01-01 10:00:00"), memberRate, status, attendance, score);
    }

    private void participant(Connection c, String id, String registration, Timestamp leftAt) throws SQLException {
        insert(c, "INSERT INTO speed_participant (id, event_id, registration_id, person_name, email, member_rate,"
                + " joined_at, left_at) VALUES (?, 'e2', ?, ?, ?, TRUE, ?, ?)", id, registration, "Person " + id,
                id + "@example.fr", Timestamp.valueOf("2025-05-01 10:00:00"), leftAt);
    }

    private void request(Connection c, String id, String from, String to, String status, Integer round, Integer table)
            throws SQLException {
        insert(c, "INSERT INTO speed_request (id, event_id, from_participant, to_participant, requested_at, status,"
                + " accepted_by_default, round_no, table_no, locked, sequence_number)"
                + " VALUES (?, 'e2', ?, ?, ?, ?, FALSE, ?, ?, FALSE, 0)", id, from, to,
                Timestamp.valueOf("2025-05-10 10:00:00"), status, round, table);
    }

    private void projects(Connection c) throws SQLException {
        project(c, "p1", "100000", "40000", "PROTOTYPING", LocalDate.of(2024, 11, 10), LocalDate.of(2025, 1, 20),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1), null);
        project(c, "p2", "50000", "20000", "REJECTED", LocalDate.of(2025, 2, 1), null, null, null, null);
        project(c, "p3", "80000.50", "30000", "COMPLETED", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 1));
        project(c, "p4", "10000", "5000", "REJECTED", LocalDate.of(2025, 5, 1), null, null, null, null);
        project(c, "p5", "999", "0", "DRAFT", null, null, null, null, null);
        decision(c, "p2", "REJECTED", "2025-04-01");
        decision(c, "p4", "DEFERRED", "2025-06-01");
        decision(c, "p4", "REJECTED", "2026-01-15");
    }

    private void project(Connection c, String id, String budget, String support, String state, LocalDate submitted,
            LocalDate labelled, LocalDate experimentation, LocalDate prototyping, LocalDate closed) throws SQLException {
        insert(c, "INSERT INTO project (id, holder_siren, title, budget, requested_support, project_state, submitted_on,"
                + " labelled_on, experimentation_from, prototyping_from, closed_on, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", id, a.value(), "Projet " + id, new BigDecimal(budget),
                new BigDecimal(support), state, date(submitted), date(labelled), date(experimentation),
                date(prototyping), date(closed));
    }

    private int decisions;

    private void decision(Connection c, String project, String outcome, String on) throws SQLException {
        String session = "cs" + (decisions + 1);
        insert(c, "INSERT INTO committee_session (id, held_on, place, version) VALUES (?, ?, 'Grenoble', 0)", session,
                Date.valueOf(on));
        insert(c, "INSERT INTO committee_decision (id, session_id, project_id, outcome, threshold, tie_rule, tie,"
                + " scorers, recused, quorum, reasons, decided_on, decided_by)"
                + " VALUES (?, ?, ?, ?, 3.00, 'DEFER', ?, 5, 0, 5, 'Scores', ?, 'Claire Martin')",
                "d" + (++decisions), session, project, outcome, false, Date.valueOf(on));
    }

    private void programmes(Connection c) throws SQLException {
        insert(c, "INSERT INTO partner_organisation (id, name, partner_type, contact_name, version)"
                + " VALUES ('po1', 'Pôle Minalogic', 'CLUSTER', 'Marc Lenoir', 0)");
        programme(c, "pp1", "2024-09-01", "2025-03-31", 10);
        programme(c, "pp2", "2025-10-01", "2026-06-30", 5);
        programme(c, "pp3", "2023-01-01", "2023-12-31", 7);
        enrollment(c, "pp1", a, "COMPLETED", "2024-09-15");
        enrollment(c, "pp1", b, "ACCEPTED", "2025-01-10");
        enrollment(c, "pp2", e, "REFUSED", "2025-10-05");
        enrollment(c, "pp2", f, "APPLIED", "2025-11-01");
        enrollment(c, "pp2", a, "COMPLETED", "2025-10-02");
        agreement(c, "g1", "SIGNED", "2023-01-01", null, "2022-12-15", null);
        agreement(c, "g2", "TERMINATED", "2024-01-01", "2026-12-31", "2024-01-10", "2024-12-31");
        agreement(c, "g3", "SIGNED", "2025-06-01", "2025-12-31", "2025-05-20", null);
        agreement(c, "g4", "DRAFT", "2025-01-01", null, null, null);
    }

    private void programme(Connection c, String id, String from, String to, int places) throws SQLException {
        insert(c, "INSERT INTO partner_programme (id, partner_id, title, starts_on, ends_on, places, eligibility, version)"
                + " VALUES (?, 'po1', ?, ?, ?, ?, 'anyone', 0)", id, "Programme " + id, Date.valueOf(from),
                Date.valueOf(to), places);
    }

    private void enrollment(Connection c, String programme, MemberId member, String status, String appliedOn)
            throws SQLException {
        insert(c, "INSERT INTO enrollment (id, programme_id, siren, member_name, status, applied_on)"
                + " VALUES (?, ?, ?, 'Member', ?, ?)", UUID.randomUUID().toString(), programme, member.value(), status,
                Date.valueOf(appliedOn));
    }

    private void agreement(Connection c, String id, String status, String startsOn, String endsOn, String signedOn,
            String terminatedOn) throws SQLException {
        insert(c, "INSERT INTO cooperation_agreement (id, partner_id, subject, starts_on, ends_on, status, signed_on,"
                + " terminated_on, version) VALUES (?, 'po1', 'Coopération', ?, ?, ?, ?, ?, 0)", id,
                Date.valueOf(startsOn), date(endsOn), status, date(signedOn), date(terminatedOn));
    }

    private void watch(Connection c) throws SQLException {
        tender(c, "t1", paris(2025, 1, 5, 8, 0));
        tender(c, "t2", paris(2025, 12, 31, 23, 30));
        tender(c, "t3", paris(2026, 1, 1, 0, 30));
        tender(c, "t4", paris(2024, 6, 1, 8, 0));
        digest(c, "dg1", a, paris(2025, 1, 10, 9, 0), "t1", "t4");
        digest(c, "dg2", b, paris(2025, 2, 1, 9, 0), "t1");
        digest(c, "dg3", e, null, "t2");
        digest(c, "dg4", b, paris(2024, 6, 5, 9, 0), "t4");
    }

    private void tender(Connection c, String reference, Timestamp received) throws SQLException {
        insert(c, "INSERT INTO tender (id, source, reference, title, received_at, updated_at, version)"
                + " VALUES (?, 'boamp', ?, ?, ?, ?, 0)", UUID.randomUUID().toString(), reference, "Marché " + reference,
                received, received);
    }

    private void digest(Connection c, String id, MemberId member, Timestamp sent, String... tenders)
            throws SQLException {
        insert(c, "INSERT INTO digest (id, siren, week_year, week_number, recipients, composed_at, sent_at, version)"
                + " VALUES (?, ?, 2025, 1, 'veille@example.fr', ?, ?, 0)", id, member.value(),
                Timestamp.valueOf("2024-01-01 00:00:00"), sent);
        for (String t : tenders) {
            insert(c, "INSERT INTO digest_entry (digest_id, siren, tender_source, tender_reference, title, buyer,"
                    + " reasons) VALUES (?, ?, 'boamp', ?, ?, 'Ville de Grenoble', 'cpv')", id, member.value(), t,
                    "Marché " + t);
        }
    }

    /** An instant as the library stores it, from a wall-clock time in Paris. */
    private static Timestamp paris(int year, int month, int day, int hour, int minute) {
        return Timestamp.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, CoreProducers.ASSOCIATION_ZONE)
                .toInstant());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Date date(String day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, s.getParameterMetaData().getParameterType(i + 1));
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }
}

package org.filiere.portal.seed;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.charter.application.CharterService;
import org.filiere.event.EventDetails;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventService;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.SizeBand;
import org.filiere.member.application.ApplyForMembership;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryService;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.member.Dues;
import org.filiere.portal.seed.DemoPeople.Company;
import org.filiere.training.Attendance;
import org.filiere.training.Course.CourseDescription;
import org.filiere.training.CourseId;
import org.filiere.training.NsfCode;
import org.filiere.training.Participant;
import org.filiere.training.Prices;
import org.filiere.training.Provider;
import org.filiere.training.RegistrationId;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Schedule;
import org.filiere.training.SessionId;
import org.filiere.training.SessionPlan;
import org.filiere.training.Speaker;
import org.filiere.training.Venue;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.RecordAttendance;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.TenderService;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;
import org.filiere.watch.application.WatchCommands.EnterPrivateTender;
import org.filiere.watch.application.WatchCommands.SetWatchProfile;
import org.filiere.watch.application.WatchProfileService;

/**
 * Seeds the demo cluster on the first start (an empty database): the members, the charter they sign, a training
 * catalogue with a session held two weeks ago and sessions open in the coming weeks, the coming events, and the
 * market watch of the first member (its profile, three calls for tender of the week and its digest). Later
 * starts find the members and leave the data as it is.
 */
@ApplicationScoped
public class PortalSeed {

    private static final Logger LOG = Logger.getLogger(PortalSeed.class.getName());

    static final Venue ASSOCIATION_ROOM = new Venue("Maison du numérique", "3 parvis Louis Néel", "38000",
            "Grenoble");
    static final String CHARTER_TEXT = """
            1. Les adhérents s'engagent à une prospection commerciale loyale et transparente.
            2. Ils respectent les engagements pris envers leurs clients, délais et prix compris.
            3. Ils ne dénigrent ni concurrents ni partenaires.
            4. Ils protègent les données de leurs clients et de leurs salariés.
            5. Ils signalent à l'association tout manquement constaté.""";
    private static final String[] COLLEAGUES = {"Camille Girard", "Julien Bonnet", "Léa Mercier", "Thomas Lambert",
        "Chloé Fontaine", "Mathieu Vincent", "Emma Masson", "Hugo Henry", "Sarah Gauthier", "Romain Dumas"};

    private final MemberDirectory directory;
    private final MembershipService memberships;
    private final CharterService charter;
    private final DirectoryService listings;
    private final CatalogueService catalogue;
    private final RegistrationService registrations;
    private final EventService events;
    private final WatchProfileService watchProfiles;
    private final TenderService tenders;
    private final DigestService digests;
    private final SeedClock clock;

    @Inject
    public PortalSeed(MemberDirectory directory, MembershipService memberships, CharterService charter,
            DirectoryService listings, CatalogueService catalogue, RegistrationService registrations,
            EventService events, WatchProfileService watchProfiles, TenderService tenders, DigestService digests,
            SeedClock clock) {
        this.directory = directory;
        this.memberships = memberships;
        this.charter = charter;
        this.listings = listings;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.events = events;
        this.watchProfiles = watchProfiles;
        this.tenders = tenders;
        this.digests = digests;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected PortalSeed() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) Startup startup) {
        try (Acting.Scope asStaff = Acting.as(DemoPeople.staff())) {
            if (!directory.find(MemberQuery.all()).isEmpty()) {
                return;
            }
            try {
                seed();
            } finally {
                clock.resume();
            }
        }
        LOG.info(() -> "Seeded the demo cluster " + DemoPeople.CLUSTER_NAME);
    }

    private void seed() {
        Actor staff = DemoPeople.staff();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<MemberId> members = new ArrayList<>();
        for (Company c : DemoPeople.COMPANIES) {
            MemberId id = memberships.apply(new ApplyForMembership(staff, c.name(), c.activity(), c.address(),
                    SizeBand.ofEmployees(c.employees()), c.siret(), year, Dues.euros(c.employees() < 10 ? "300"
                            : c.employees() < 50 ? "700" : "1500")));
            memberships.admit(new AdmitMember(staff, id, year));
            members.add(id);
        }
        for (int i = 0; i < members.size() - 1; i++) {
            listings.consent(new ConsentToDirectory(staff, members.get(i), "Services numériques aux entreprises de "
                    + DemoPeople.COMPANIES.get(i).address().commune()));
        }
        charter.publish(DemoPeople.DIRECTOR, "Charte des Bonnes Pratiques", CHARTER_TEXT, LocalDate.of(year, 1, 1));
        for (int i = 0; i < members.size(); i++) {
            if (i % 5 != 4) {
                charter.sign(staff, members.get(i), "Direction de " + DemoPeople.COMPANIES.get(i).name(),
                        "Dirigeant(e)");
            }
        }
        List<CourseId> courses = List.of(
                course(staff, "Cybersécurité : protéger sa PME", "Évaluer son exposition, mettre en place "
                        + "sauvegardes et authentification forte, sensibiliser ses équipes à l'hameçonnage.", "7",
                        "326n"),
                course(staff, "Répondre aux appels d'offres publics", "Lire un DCE, construire un mémoire technique, "
                        + "se grouper avec d'autres adhérents.", "7", "312"),
                course(staff, "IA générative : usages et limites en entreprise", "Choisir ses cas d'usage, maîtriser "
                        + "les risques de confidentialité et de propriété intellectuelle.", "3.5", "326"),
                course(staff, "Éco-conception de services numériques", "Mesurer l'empreinte d'un service et la "
                        + "réduire dès la conception.", "7", "326t"));
        heldSession(staff, courses.get(0), weekday(today.minusDays(14)), members);
        int[] inDays = {9, 23, 37, 51};
        int[] seats = {12, 20, 16, 14};
        for (int i = 0; i < inDays.length; i++) {
            SessionId id = catalogue.schedule(new ScheduleSession(staff, courses.get(i % courses.size()),
                    plan(weekday(today.plusDays(inDays[i]))), seats[i], true));
            for (int k = 0; k < 3 + i; k++) {
                int member = 2 + (i + k) % (members.size() - 2);
                registrations.register(new Register(staff, id, colleague(members.get(member), member, k + i)));
            }
        }
        EventId meeting = events.plan(new PlanEvent(staff, new EventDetails(EventKind.THEMATIC_MEETING,
                "Them@ Cybersécurité : les PME en première ligne", "Retours d'expérience de deux adhérents, les bons "
                        + "réflexes et les aides régionales pour auditer son système d'information.", "cybersécurité",
                ASSOCIATION_ROOM, weekday(today.plusDays(20)).atTime(9, 0), weekday(today.plusDays(20)).atTime(12, 30),
                Prices.euros("0", "40"), "Sophie Garnier", List.of()), 30));
        events.publish(new PublishEvent(staff, meeting));
        EventId speed = events.plan(new PlanEvent(staff, new EventDetails(EventKind.SPEED_MEETING,
                "Tic Exchange de printemps", "Des rendez-vous de douze minutes entre adhérents et entreprises "
                        + "invitées, pris à l'avance.", "affaires", ASSOCIATION_ROOM,
                weekday(today.plusDays(44)).atTime(14, 0), weekday(today.plusDays(44)).atTime(18, 30),
                Prices.euros("0", "30"), "Julien Morel", List.of()), 40));
        events.publish(new PublishEvent(staff, speed));
        marketWatch(staff, members.get(0), today);
    }

    /** The first member watches for software and security work around Grenoble; this week's digest is composed. */
    private void marketWatch(Actor staff, MemberId member, LocalDate today) {
        Company company = DemoPeople.COMPANIES.get(0);
        watchProfiles.setProfile(new SetWatchProfile(staff, member, List.of("cybersécurité", "logiciel"),
                List.of("hébergement de données"), List.of("nettoyage"), List.of("72"), List.of("38", "73"),
                List.of(), Optional.empty(), Optional.of(new BigDecimal("500000")),
                List.of(email("Anne Roux", company.name())), true));
        Instant deadline = today.plusDays(30).atTime(12, 0).atZone(Schedule.ZONE).toInstant();
        tenders.enterPrivate(new EnterPrivateTender(staff, "NI-" + today.getYear() + "-001", "Ville de Grenoble",
                Optional.empty(), "Audit de cybersécurité des systèmes d'information municipaux",
                "Audit organisationnel et technique, tests d'intrusion et plan de remédiation.", List.of(),
                Optional.of("38000"), Optional.of(new BigDecimal("80000")), Optional.of(deadline), Optional.empty()));
        tenders.enterPrivate(new EnterPrivateTender(staff, "NI-" + today.getYear() + "-002",
                "Communauté d'agglomération du Pays Voironnais", Optional.empty(),
                "Maintenance et évolution du logiciel de gestion des archives",
                "Tierce maintenance applicative et hébergement de données pour trois ans.", List.of("72267000"),
                Optional.of("38500"), Optional.of(new BigDecimal("120000")), Optional.of(deadline.plusSeconds(
                        7 * 86_400)), Optional.empty()));
        tenders.enterPrivate(new EnterPrivateTender(staff, "NI-" + today.getYear() + "-003", "CHU Grenoble Alpes",
                Optional.empty(), "Nettoyage des locaux informatiques", "Nettoyage des salles serveurs et des "
                        + "bureaux du service informatique.", List.of(), Optional.of("38700"),
                Optional.of(new BigDecimal("40000")), Optional.of(deadline), Optional.empty()));
        digests.compose(new ComposeWeeklyDigests(staff, WatchWeek.of(today)));
    }

    /** A session two weeks ago: opened a month before, registrations taken, attendance recorded the day after. */
    private void heldSession(Actor staff, CourseId course, LocalDate day, List<MemberId> members) {
        clock.replayAt(at(day.minusDays(30)));
        SessionId id = catalogue.schedule(new ScheduleSession(staff, course, plan(day), 10, true));
        List<RegistrationId> seated = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            clock.replayAt(at(day.minusDays(25 - k)));
            int member = k % members.size();
            RegistrationOutcome outcome = registrations.register(new Register(staff, id,
                    colleague(members.get(member), member, k)));
            if (outcome.status() == RegistrationStatus.CONFIRMED) {
                seated.add(outcome.registrationId());
            }
        }
        clock.replayAt(at(day.plusDays(1)));
        Map<RegistrationId, Attendance> marks = new HashMap<>();
        for (int k = 0; k < seated.size(); k++) {
            marks.put(seated.get(k), k % 6 == 5 ? Attendance.ABSENT : Attendance.PRESENT);
        }
        registrations.recordAttendance(new RecordAttendance(staff, id, marks));
        clock.resume();
    }

    private CourseId course(Actor staff, String title, String objectives, String hours, String nsf) {
        return catalogue.addCourse(new AddCourse(staff, new CourseDescription(title, objectives,
                Optional.of(new BigDecimal(hours)), Optional.empty(), Optional.of(new NsfCode(nsf)),
                Provider.association())));
    }

    private static SessionPlan plan(LocalDate day) {
        return new SessionPlan(Schedule.on(day, 9, 0, 17, 0), ASSOCIATION_ROOM,
                List.of(Speaker.guest("Julie Morel", "ANSSI", "Déléguée régionale à la sécurité numérique")),
                Prices.euros("150", "390"), day.minusDays(2));
    }

    private static Participant colleague(MemberId member, int index, int k) {
        Company company = DemoPeople.COMPANIES.get(index);
        String name = COLLEAGUES[(index + k) % COLLEAGUES.length];
        return Participant.employeeOf(member, name, email(name, company.name()), company.name());
    }

    static String email(String name, String company) {
        String local = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z]+", ".");
        String domain = java.text.Normalizer.normalize(company.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("\\b(sas|sarl|sa|sasu)\\b", "")
                .replaceAll("[^a-z]+", "");
        return local + "@" + domain + ".example";
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(Schedule.ZONE).toInstant();
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
